import type {Form, FormField} from '../../src/feed/types.js';

/** A field with defaults, for the pure tests. */
export function field(
  over: Partial<FormField> & Pick<FormField, 'name' | 'type'>
): FormField {
  return {label: over.name, required: false, options: [], ...over};
}

export function form(over: Partial<Form> = {}): Form {
  return {id: 'f', encoding: 'json', fields: [], ...over};
}

const six = (
  en: string,
  lv: string,
  lt: string,
  sv: string,
  el: string,
  pt: string
) => ({en, lv, lt, sv, el, pt});

/** A feed with one open event and its form; every text in all six languages. */
export function feed(
  formOver: Record<string, unknown> = {},
  registration: Record<string, unknown> = {},
  event: Record<string, unknown> = {}
) {
  return {
    version: 1,
    defaultLocale: 'en',
    events: [
      {
        id: 'talsi-forum',
        title: six(
          'Talsi forum',
          'Talsu forums',
          'Talsų forumas',
          'Talsiforum',
          'Φόρουμ Τάλσι',
          'Fórum de Talsi'
        ),
        start: '2031-08-10T10:00:00+03:00',
        timeZone: 'Europe/Riga',
        organizers: [],
        registration: {
          formId: 'talsi-signup',
          capacity: 50,
          registered: 10,
          ...registration,
        },
        ...event,
      },
    ],
    forms: [
      {
        id: 'talsi-signup',
        eventId: 'talsi-forum',
        title: six(
          'Register',
          'Reģistrēties',
          'Registruotis',
          'Anmäl dig',
          'Εγγραφή',
          'Inscrever-se'
        ),
        action: '/api/test/submit?status=201',
        encoding: 'json',
        fields: [
          {
            name: 'name',
            type: 'text',
            label: six(
              'Full name',
              'Vārds, uzvārds',
              'Vardas, pavardė',
              'Fullständigt namn',
              'Ονοματεπώνυμο',
              'Nome completo'
            ),
            required: true,
            autocomplete: 'name',
            maxLength: 120,
          },
          {
            name: 'email',
            type: 'email',
            label: six(
              'Email address',
              'E-pasta adrese',
              'El. pašto adresas',
              'E-postadress',
              'Διεύθυνση email',
              'Endereço de email'
            ),
            help: six(
              'We use it only to confirm your place.',
              'To izmantosim tikai vietas apstiprināšanai.',
              'Jį naudosime tik vietai patvirtinti.',
              'Vi använder den bara för att bekräfta din plats.',
              'Τη χρησιμοποιούμε μόνο για να επιβεβαιώσουμε τη θέση σας.',
              'Usamo-lo apenas para confirmar o seu lugar.'
            ),
            required: true,
            autocomplete: 'email',
          },
          {
            name: 'phone',
            type: 'tel',
            label: six(
              'Phone',
              'Tālrunis',
              'Telefonas',
              'Telefon',
              'Τηλέφωνο',
              'Telefone'
            ),
            autocomplete: 'tel',
          },
          {
            name: 'participants',
            type: 'number',
            label: six(
              'Participants',
              'Dalībnieki',
              'Dalyviai',
              'Deltagare',
              'Συμμετέχοντες',
              'Participantes'
            ),
            min: 1,
            max: 5,
          },
          {
            name: 'role',
            type: 'select',
            label: six('Role', 'Loma', 'Vaidmuo', 'Roll', 'Ρόλος', 'Função'),
            options: [
              {
                value: 'ngo',
                label: six(
                  'NGO',
                  'NVO',
                  'NVO',
                  'Ideell organisation',
                  'ΜΚΟ',
                  'ONG'
                ),
              },
              {
                value: 'municipality',
                label: six(
                  'Municipality',
                  'Pašvaldība',
                  'Savivaldybė',
                  'Kommun',
                  'Δήμος',
                  'Município'
                ),
              },
            ],
          },
          {
            name: 'attendance',
            type: 'radio',
            label: six(
              'How will you attend?',
              'Kā piedalīsieties?',
              'Kaip dalyvausite?',
              'Hur deltar du?',
              'Πώς θα συμμετάσχετε;',
              'Como vai participar?'
            ),
            required: true,
            options: [
              {
                value: 'onsite',
                label: six(
                  'In person',
                  'Klātienē',
                  'Gyvai',
                  'På plats',
                  'Δια ζώσης',
                  'Presencialmente'
                ),
              },
              {
                value: 'online',
                label: six(
                  'Online',
                  'Tiešsaistē',
                  'Nuotoliu',
                  'Online',
                  'Διαδικτυακά',
                  'Online'
                ),
              },
            ],
          },
          {
            name: 'notes',
            type: 'textarea',
            label: six(
              'Notes',
              'Piezīmes',
              'Pastabos',
              'Anteckningar',
              'Σημειώσεις',
              'Notas'
            ),
          },
          {
            name: 'news',
            type: 'checkbox',
            label: six(
              'Send me news',
              'Sūtiet man jaunumus',
              'Siųskite man naujienas',
              'Skicka nyheter till mig',
              'Στείλτε μου νέα',
              'Enviem-me notícias'
            ),
          },
        ],
        consent: {
          text: six(
            'I agree that my answers are stored to organise the event.',
            'Piekrītu, ka manas atbildes tiek glabātas pasākuma organizēšanai.',
            'Sutinku, kad mano atsakymai būtų saugomi renginiui organizuoti.',
            'Jag godkänner att mina svar sparas för att ordna evenemanget.',
            'Συμφωνώ να αποθηκευτούν οι απαντήσεις μου για την οργάνωση της εκδήλωσης.',
            'Concordo que as minhas respostas sejam guardadas para organizar o evento.'
          ),
          required: true,
          privacyUrl: 'https://talsi.lv/privacy',
          version: '2024-01',
        },
        success: {
          message: six(
            'Thank you, you are registered.',
            'Paldies, jūs esat reģistrēts.',
            'Ačiū, jūs užregistruoti.',
            'Tack, du är anmäld.',
            'Ευχαριστούμε, η εγγραφή σας ολοκληρώθηκε.',
            'Obrigado, está inscrito.'
          ),
        },
        ...formOver,
      },
    ],
  };
}
