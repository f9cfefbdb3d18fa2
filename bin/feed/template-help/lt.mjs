// The hover help of the template's headers in Lithuanian (`feed template --headers lt`),
// column by column, as the English help in columns.mjs.
export default {
  organizations: {
    id: 'Unikalus ID be tarpų, pvz., lv-talsi-youth-club. Paskelbto ID niekada nekeiskite.',
    name: 'Organizacijos pavadinimas.',
    description: 'Keli sakiniai apie organizacijos veiklą. Paprastas tekstas.',
    country:
      'Šalies kodas (LV, LT, SE, CY, PT, …) arba šalies pavadinimas bet kuria iš šešių kalbų.',
    municipality: 'Savivaldybė.',
    city: 'Miestas arba miestelis.',
    street: 'Gatvė ir namo numeris.',
    postalCode: 'Pašto kodas.',
    region: 'Regionas, apskritis arba rajonas.',
    types:
      'Organizacijos tipai, atskirti „;“: kodai arba pavadinimai bet kuria iš šešių kalbų (žr. lapą „Sąrašai“).',
    fields:
      'Veiklos sritys, atskirtos „;“: kodai arba pavadinimai bet kuria iš šešių kalbų (žr. lapą „Sąrašai“).',
    languages:
      'Darbo kalbos, atskirtos „;“: ISO 639-1 kodai (lv, en) arba kalbų pavadinimai.',
    lookingForPartners:
      '„taip“ arba „ne“ (bet kuria iš šešių kalbų; tinka ir true/false, 1/0).',
    website:
      'Interneto adresas, prasidedantis https:// (jei https:// nėra, jis pridedamas).',
    email: 'Kontaktinis el. pašto adresas.',
    phones:
      'Telefono numeriai su šalies kodu, atskirti „;“; po numerio skliausteliuose galima įrašyti paaiškinimą: +371 20000000 (biuras). Stulpelio formatas turi likti tekstinis: skaičiaus formato langelyje ženklas + dingsta.',
    identifiers:
      'Registrų numeriai forma REGISTRAS:numeris, atskirti „;“; REGISTRAS – registro kodas org-id.guide sąraše, pvz., LV-RE:40008000000. Vien numeris laikomas organizacijos šalies (LV, LT, SE, PT) registro numeriu.',
    registerNumber:
      'Organizacijos numeris jos šalies registre (reģistrācijas numurs, juridinio asmens kodas, organisationsnummer, NIPC): laikomas tos šalies registro identifikatoriumi (LV-RE, LT-RC, SE-ON, PT-NIPPC; kito registro numerį rašykite forma REGISTRAS:numeris).',
    lat: 'Platuma dešimtainiais laipsniais (56.9 arba 56,9).',
    lon: 'Ilguma dešimtainiais laipsniais.',
    coordinates:
      'Platuma ir ilguma viename langelyje, kaip jas pateikia žemėlapis: 57.2456, 22.5877 (vietoj stulpelių „Platuma“ ir „Ilguma“).',
    updated:
      'Kada ši eilutė paskutinį kartą patikrinta: 2025-03-31 (tinka ir 31.03.2025).',
    sample:
      'Įrašykite „taip“, jei eilutė išgalvota, tik parodomoji; kitaip palikite tuščią.',
  },
  events: {
    id: 'Unikalus ID be tarpų.',
    title: 'Renginio pavadinimas.',
    description: 'Kas vyks ir kam skirta.',
    start:
      'Pradžia: 2025-05-10 18:00 (kartu su stulpeliu „Laiko juosta“) arba 2025-05-10T18:00+03:00; visos dienos renginiui – tik data.',
    end: 'Pabaiga, rašoma taip pat kaip „Pradžia“.',
    startTime:
      'Pradžios laikas, kai stulpelyje „Pradžia“ yra tik data: 13:00 arba 13:00–16:00 (kartu ir pabaigos laikas).',
    endTime:
      'Pabaigos laikas, kai stulpelyje „Pabaiga“ yra tik data (jei pabaigos nėra – kada renginys baigiasi pradžios dieną).',
    timeZone:
      'IANA laiko juosta stulpeliams „Pradžia“ ir „Pabaiga“, kai juose nenurodytas laiko poslinkis: Europe/Riga, Europe/Vilnius, Europe/Stockholm, Asia/Nicosia, Europe/Lisbon, Europe/Athens.',
    attendanceMode:
      'offline (gyvai), online (nuotoliniu būdu) arba mixed (abiem būdais); jei nenurodyta – offline. Tinka ir žodis bet kuria iš šešių kalbų (gyvai, nuotoliniu būdu, klātienē, tiešsaistē, …; žr. lapą „Sąrašai“).',
    onlineUrl: 'Nuoroda prisijungti nuotoliniu būdu (https://…).',
    venueName: 'Vietos pavadinimas.',
    venueStreet: 'Vietos gatvė ir namo numeris.',
    venueCity: 'Vietos miestas arba miestelis.',
    venuePostalCode: 'Vietos pašto kodas.',
    venueCountry: 'Vietos šalies kodas arba pavadinimas.',
    venueLat: 'Vietos platuma.',
    venueLon: 'Vietos ilguma.',
    venueCoordinates:
      'Vietos platuma ir ilguma viename langelyje, kaip jas pateikia žemėlapis: 57.2456, 22.5877 (vietoj stulpelių „Platuma“ ir „Ilguma“).',
    organizers:
      'Organizatoriai, atskirti „;“: į šį duomenų srautą įtrauktos organizacijos ID arba pavadinimas.',
    audience: 'Kam renginys skirtas, aprašykite žodžiais.',
    language: 'Darbo kalba: kodas (lv) arba kalbos pavadinimas.',
    imageUrl: 'Nuotraukos interneto adresas (https://…).',
    imageAlt:
      'Kas pavaizduota nuotraukoje (privaloma, jei užpildytas stulpelis „Nuotrauka“).',
    url: 'Renginio tinklalapis (https://…).',
    registrationUrl: 'Išorinis registracijos puslapis (https://…).',
    formId: 'Šio duomenų srauto registracijos formos ID.',
    registrationOpens: 'Kada prasideda registracija (rašoma kaip „Pradžia“).',
    registrationCloses: 'Kada baigiasi registracija (rašoma kaip „Pradžia“).',
    capacity: 'Vietų skaičius (sveikasis skaičius).',
    registered: 'Kiek vietų jau užimta (sveikasis skaičius).',
    registrationStatus:
      'open, closed, full ar cancelled arba atitinkamas žodis bet kuria iš šešių kalbų (žr. lapą „Sąrašai“).',
    status:
      'scheduled (jei nenurodyta), cancelled ar postponed arba atitinkamas žodis bet kuria iš šešių kalbų (žr. lapą „Sąrašai“).',
    sample:
      'Įrašius „taip“, eilutė laikoma pavyzdžiu ir į duomenų srautą neįtraukiama. Palikite tuščią.',
  },
  recommendations: {
    id: 'Unikalus ID be tarpų.',
    title: 'Rekomendacija keliais žodžiais.',
    summary: 'Vienas ar du sakiniai.',
    audience:
      'Tikslinės grupės, atskirtos „;“: municipality, organization, youth, all (arba jų pavadinimai).',
    topics:
      'Temos, atskirtos „;“: youth, funding, participation, communication, governance, capacity, premises, procurement (arba jų pavadinimai; kitos temos taip pat išsaugomos).',
    step1:
      'Pirmojo žingsnio pavadinimas; prireikus pridėkite stulpelius „Žingsnis 2“, „Žingsnis 3“, … (ir „Žingsnis 2 - tekstas“, …)',
    'step1.text':
      'Pirmojo žingsnio tekstas (arba parašykite pirmąjį žingsnį kaip „Pavadinimas: tekstas“, o šį stulpelį palikite tuščią).',
    steps:
      'Visi žingsniai viename langelyje, kiekvienas naujoje eilutėje arba sunumeruoti (1. …, 2. …), vietoj stulpelių „Žingsnis 1“, „Žingsnis 2“, …; žingsnis, parašytas „Pavadinimas: tekstas“, duoda žingsnio pavadinimą ir tekstą.',
    sourceTitle: 'Iš kur paimta rekomendacija.',
    sourceUrl: 'Nuoroda į šaltinį (https://…).',
    sourceYear: 'Šaltinio metai.',
    sample:
      'Įrašius „taip“, eilutė laikoma pavyzdžiu ir į duomenų srautą neįtraukiama. Palikite tuščią.',
  },
};
