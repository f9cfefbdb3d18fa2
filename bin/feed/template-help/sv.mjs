// The hover help of the template's headers in Swedish (`feed template --headers sv`),
// column by column, as the English help in columns.mjs.
export default {
  organizations: {
    id: 'Ett unikt ID utan mellanslag, t.ex. lv-talsi-youth-club. Ändra det aldrig när det väl har publicerats.',
    name: 'Organisationens namn.',
    description: 'Några meningar om vad organisationen gör. Oformaterad text.',
    country:
      'Landskod (LV, LT, SE, CY, PT, …) eller landets namn på något av de sex språken.',
    municipality: 'Kommunen.',
    city: 'Ort eller stad.',
    street: 'Gata och husnummer.',
    postalCode: 'Postnummer.',
    region: 'Region, län eller distrikt.',
    types:
      'Organisationstyper, åtskilda med ";": koder eller benämningar på något av de sex språken (se bladet "Listor").',
    fields:
      'Verksamhetsområden, åtskilda med ";": koder eller benämningar på något av de sex språken (se bladet "Listor").',
    languages:
      'Arbetsspråk, åtskilda med ";": ISO 639-1-koder (lv, en) eller språkens namn.',
    lookingForPartners:
      'ja eller nej (på något av de sex språken; även true/false, 1/0).',
    website:
      'Webbadress som börjar med https:// (https:// läggs till om det saknas).',
    email: 'E-postadress för kontakt.',
    phones:
      'Telefonnummer med landsnummer, åtskilda med ";"; efter numret kan en beskrivning stå inom parentes: +371 20000000 (kontor). Behåll textformatet i kolumnen: i en cell formaterad som tal försvinner +.',
    identifiers:
      'Registernummer i formatet REGISTER:nummer, åtskilda med ";": REGISTER är registrets kod på org-id.guide, t.ex. LV-RE:40008000000. Ett nummer utan kod tolkas som ett nummer i registret i organisationens land (LV, LT, SE, PT).',
    registerNumber:
      'Organisationens nummer i landets register (reģistrācijas numurs, juridinio asmens kodas, organisationsnummer, NIPC): tolkas som ett ID i registret i organisationens land (LV-RE, LT-RC, SE-ON, PT-NIPPC; ett nummer i ett annat register skrivs som REGISTER:nummer).',
    lat: 'Latitud i decimalgrader (56.9 eller 56,9).',
    lon: 'Longitud i decimalgrader.',
    coordinates:
      'Latitud och longitud i en och samma cell, så som en karta anger dem: 57.2456, 22.5877 (i stället för "Latitud" och "Longitud").',
    updated: 'När raden senast kontrollerades: 2025-03-31 (även 31.03.2025).',
    sample: 'ja för påhittade exempelrader; lämna annars tomt.',
  },
  events: {
    id: 'Ett unikt ID utan mellanslag.',
    title: 'Evenemangets titel.',
    description: 'Vad som händer och för vem.',
    start:
      'Start: 2025-05-10 18:00 (med "Tidszon" ifylld) eller 2025-05-10T18:00+03:00, eller bara ett datum för ett heldagsevenemang.',
    end: 'Slut, skrivet på samma sätt som "Börjar".',
    startTime:
      'Klockslaget för start när "Börjar" bara innehåller datumet: 13:00, eller 13:00–16:00 (med sluttiden).',
    endTime:
      'Klockslaget för slut när "Slutar" bara innehåller datumet (eller på startdagen, om "Slutar" saknas).',
    timeZone:
      'IANA-tidszon för "Börjar" och "Slutar" när de saknar UTC-förskjutning: Europe/Riga, Europe/Vilnius, Europe/Stockholm, Asia/Nicosia, Europe/Lisbon, Europe/Athens.',
    attendanceMode:
      'offline (på plats), online eller mixed (båda; offline om inget anges). Ordet på något av de sex språken går också bra (på plats, digitalt, klātienē, tiešsaistē, …; se bladet "Listor").',
    onlineUrl: 'Länk för att delta online (https://…).',
    venueName: 'Platsens namn.',
    venueStreet: 'Platsens gata och husnummer.',
    venueCity: 'Platsens ort eller stad.',
    venuePostalCode: 'Platsens postnummer.',
    venueCountry: 'Platsens land: landskod eller namn.',
    venueLat: 'Platsens latitud.',
    venueLon: 'Platsens longitud.',
    venueCoordinates:
      'Platsens latitud och longitud i en och samma cell, så som en karta anger dem: 57.2456, 22.5877 (i stället för "Latitud" och "Longitud").',
    organizers:
      'Arrangörer, åtskilda med ";": ID för en organisation i flödet, eller ett namn.',
    audience: 'Vilka evenemanget riktar sig till, i fritext.',
    language: 'Arbetsspråk: kod (lv) eller språkets namn.',
    imageUrl: 'Webbadress till en bild (https://…).',
    imageAlt: 'Vad bilden visar (krävs om "Bild" är ifylld).',
    url: 'Evenemangets webbsida (https://…).',
    registrationUrl: 'Extern anmälningssida (https://…).',
    formId: 'ID för ett anmälningsformulär i flödet.',
    registrationOpens: 'När anmälan öppnar (skrivs som "Börjar").',
    registrationCloses: 'När anmälan stänger (skrivs som "Börjar").',
    capacity: 'Antal platser (heltal).',
    registered: 'Platser som redan är tagna (heltal).',
    registrationStatus:
      'open, closed, full eller cancelled, eller ordet på något av de sex språken (se bladet "Listor").',
    status:
      'scheduled (standard), cancelled eller postponed, eller ordet på något av de sex språken (se bladet "Listor").',
    sample: 'ja markerar exempelraden: den tas inte med i flödet. Lämna tomt.',
  },
  recommendations: {
    id: 'Ett unikt ID utan mellanslag.',
    title: 'Rekommendationen med några få ord.',
    summary: 'En eller två meningar.',
    audience:
      'Vilka den riktar sig till, åtskilda med ";": municipality, organization, youth, all (eller deras benämningar).',
    topics:
      'Ämnen, åtskilda med ";": youth, funding, participation, communication, governance, capacity, premises, procurement (eller deras benämningar; andra ämnen behålls).',
    step1:
      'Rubrik för steg 1; lägg till "Steg 2", "Steg 3", … (och "Steg 2 - text", …) vid behov.',
    'step1.text':
      'Text för steg 1 (eller skriv steg 1 som "Rubrik: text" och lämna den här kolumnen tom).',
    steps:
      'Alla steg i en cell, ett per rad eller numrerade (1. …, 2. …), i stället för "Steg 1", "Steg 2", …; ett steg skrivet "Rubrik: text" ger stegets rubrik och text.',
    sourceTitle: 'Var rekommendationen kommer ifrån.',
    sourceUrl: 'Länk till källan (https://…).',
    sourceYear: 'Källans år.',
    sample: 'ja markerar exempelraden: den tas inte med i flödet. Lämna tomt.',
  },
};
