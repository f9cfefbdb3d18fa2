// The hover help of the template's headers in Latvian (`feed template --headers lv`),
// column by column, as the English help in columns.mjs.
export default {
  organizations: {
    id: 'Unikāls identifikators bez atstarpēm, piem., lv-talsi-youth-club. Pēc publicēšanas to nekad nemainiet.',
    name: 'Organizācijas nosaukums.',
    description:
      'Daži teikumi par to, ar ko organizācija nodarbojas. Teksts bez formatējuma.',
    country:
      'Valsts kods (LV, LT, SE, CY, PT, …) vai valsts nosaukums jebkurā no sešām valodām.',
    municipality: 'Pašvaldība.',
    city: 'Pilsēta vai cita apdzīvotā vieta.',
    street: 'Iela un mājas numurs.',
    postalCode: 'Pasta indekss.',
    region: 'Reģions, apriņķis vai rajons.',
    types:
      'Organizācijas veidi, atdalīti ar ";": kodi vai nosaukumi jebkurā no sešām valodām (sk. lapu "Saraksti").',
    fields:
      'Darbības jomas, atdalītas ar ";": kodi vai nosaukumi jebkurā no sešām valodām (sk. lapu "Saraksti").',
    languages:
      'Darba valodas, atdalītas ar ";": ISO 639-1 kodi (lv, en) vai valodu nosaukumi.',
    lookingForPartners:
      '"jā" vai "nē" (jebkurā no sešām valodām; der arī true/false, 1/0).',
    website:
      'Tīmekļa adrese, kas sākas ar https:// (ja https:// trūkst, to pievieno automātiski).',
    email: 'E-pasta adrese saziņai.',
    phones:
      'Tālruņa numuri ar valsts kodu, atdalīti ar ";"; iekavās var pievienot aprakstu: +371 20000000 (birojs). Saglabājiet kolonnai teksta formātu: šūnā ar skaitļa formātu + pazūd.',
    identifiers:
      'Reģistrācijas numuri formā KODS:numurs, atdalīti ar ";", kur KODS ir reģistra kods vietnē org-id.guide, piem., LV-RE:40008000000. Numuru bez koda uzskata par numuru organizācijas valsts reģistrā (LV, LT, SE, PT).',
    registerNumber:
      'Organizācijas numurs savas valsts reģistrā (reģistrācijas numurs, juridinio asmens kodas, organisationsnummer, NIPC): to uzskata par identifikatoru tās valsts reģistrā (LV-RE, LT-RC, SE-ON, PT-NIPPC; cita reģistra numuru rakstiet formā KODS:numurs).',
    lat: 'Ģeogrāfiskais platums decimālgrādos (56.9 vai 56,9).',
    lon: 'Ģeogrāfiskais garums decimālgrādos.',
    coordinates:
      'Platums un garums vienā šūnā, kā tos parāda karte: 57.2456, 22.5877 (kolonnu "Platums" un "Garums" vietā).',
    updated:
      'Kad šī rinda pēdējo reizi pārbaudīta: 2025-03-31 (der arī 31.03.2025).',
    sample: '"jā" – izdomātām demonstrācijas rindām; citādi atstājiet tukšu.',
  },
  events: {
    id: 'Unikāls identifikators bez atstarpēm.',
    title: 'Pasākuma nosaukums.',
    description: 'Kas notiks un kam tas paredzēts.',
    start:
      'Sākums: 2025-05-10 18:00 (ar laika joslu kolonnā "Laika josla") vai 2025-05-10T18:00+03:00, vai tikai datums, ja pasākums ilgst visu dienu.',
    end: 'Beigas; rakstiet tāpat kā kolonnā "Sākums".',
    startTime:
      'Sākuma laiks, ja kolonnā "Sākums" ir tikai datums: 13:00 vai 13:00–16:00 (ar beigu laiku).',
    endTime:
      'Beigu laiks, ja kolonnā "Beigas" ir tikai datums (vai, ja kolonna "Beigas" ir tukša, beigu laiks sākuma dienā).',
    timeZone:
      'IANA laika josla kolonnām "Sākums" un "Beigas", ja tajās nav norādīta laika nobīde: Europe/Riga, Europe/Vilnius, Europe/Stockholm, Asia/Nicosia, Europe/Lisbon, Europe/Athens.',
    attendanceMode:
      'offline (klātienē), online vai mixed (abi veidi; pēc noklusējuma offline). Der arī vārds jebkurā no sešām valodām (klātienē, tiešsaistē, …; sk. lapu "Saraksti").',
    onlineUrl: 'Saite, lai pievienotos tiešsaistē (https://…).',
    venueName: 'Norises vietas nosaukums.',
    venueStreet: 'Norises vietas iela un mājas numurs.',
    venueCity: 'Norises vietas pilsēta vai cita apdzīvotā vieta.',
    venuePostalCode: 'Norises vietas pasta indekss.',
    venueCountry: 'Norises vietas valsts kods vai nosaukums.',
    venueLat: 'Norises vietas ģeogrāfiskais platums.',
    venueLon: 'Norises vietas ģeogrāfiskais garums.',
    venueCoordinates:
      'Norises vietas platums un garums vienā šūnā, kā tos parāda karte: 57.2456, 22.5877 (kolonnu "Platums" un "Garums" vietā).',
    organizers:
      'Organizatori, atdalīti ar ";": organizācijas ID šajā datu plūsmā vai nosaukums.',
    audience: 'Kam pasākums paredzēts (aprakstiet vārdiem).',
    language: 'Darba valoda: kods (lv) vai nosaukums.',
    imageUrl: 'Attēla tīmekļa adrese (https://…).',
    imageAlt: 'Kas redzams attēlā (obligāti, ja aizpildīta kolonna "Attēls").',
    url: 'Pasākuma tīmekļa lapa (https://…).',
    registrationUrl: 'Ārēja reģistrācijas lapa (https://…).',
    formId: 'Reģistrācijas veidlapas ID šajā datu plūsmā.',
    registrationOpens: 'Kad reģistrācija sākas (rakstiet kā kolonnā "Sākums").',
    registrationCloses:
      'Kad reģistrācija beidzas (rakstiet kā kolonnā "Sākums").',
    capacity: 'Vietu skaits (vesels skaitlis).',
    registered: 'Jau aizņemto vietu skaits (vesels skaitlis).',
    registrationStatus:
      'open, closed, full vai cancelled, vai arī vārds jebkurā no sešām valodām (sk. lapu "Saraksti").',
    status:
      'scheduled (pēc noklusējuma), cancelled vai postponed, vai arī vārds jebkurā no sešām valodām (sk. lapu "Saraksti").',
    sample:
      '"jā" apzīmē parauga rindu: tā netiek iekļauta datu plūsmā. Atstājiet tukšu.',
  },
  recommendations: {
    id: 'Unikāls identifikators bez atstarpēm.',
    title: 'Ieteikums dažos vārdos.',
    summary: 'Viens vai divi teikumi.',
    audience:
      'Kam ieteikums paredzēts (vairākus atdaliet ar ";"): municipality, organization, youth, all (vai to nosaukumi).',
    topics:
      'Tēmas, atdalītas ar ";": youth, funding, participation, communication, governance, capacity, premises, procurement (vai to nosaukumi; citas tēmas arī tiek saglabātas).',
    step1:
      '1. soļa nosaukums; pēc vajadzības pievienojiet kolonnas "Solis 2", "Solis 3", … (un "Solis 2 - teksts", …)',
    'step1.text':
      '1. soļa teksts (vai ierakstiet 1. soli kā "Nosaukums: teksts" un šo kolonnu atstājiet tukšu).',
    steps:
      'Visi soļi vienā šūnā, katrs savā rindā vai numurēti (1. …, 2. …), kolonnu "Solis 1", "Solis 2", … vietā; solis, kas rakstīts "Nosaukums: teksts", dod soļa nosaukumu un tekstu.',
    sourceTitle: 'No kurienes ieteikums ņemts.',
    sourceUrl: 'Saite uz avotu (https://…).',
    sourceYear: 'Avota gads.',
    sample:
      '"jā" apzīmē parauga rindu: tā netiek iekļauta datu plūsmā. Atstājiet tukšu.',
  },
};
