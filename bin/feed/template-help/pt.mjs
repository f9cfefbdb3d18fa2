// The hover help of the template's headers in European Portuguese (`feed template --headers pt`),
// column by column, as the English help in columns.mjs.
export default {
  organizations: {
    id: 'Um identificador único, sem espaços, por exemplo lv-talsi-youth-club. Nunca o altere depois de publicado.',
    name: 'O nome da organização.',
    description: 'Algumas frases sobre o que a organização faz. Texto simples.',
    country:
      'Código do país (LV, LT, SE, CY, PT, …) ou o nome do país em qualquer uma das seis línguas.',
    municipality: 'O município.',
    city: 'A cidade ou localidade.',
    street: 'Rua e número da porta.',
    postalCode: 'Código postal.',
    region: 'Região, condado ou distrito.',
    types:
      'Tipos de organização, separados por ";": códigos ou nomes em qualquer uma das seis línguas (ver a folha "Listas").',
    fields:
      'Áreas de atuação, separadas por ";": códigos ou nomes em qualquer uma das seis línguas (ver a folha "Listas").',
    languages:
      'Línguas de trabalho, separadas por ";": códigos ISO 639-1 (lv, en) ou nomes das línguas.',
    lookingForPartners:
      '"sim" ou "não" (em qualquer uma das seis línguas; também true/false, 1/0).',
    website:
      'Endereço web começado por https:// (se faltar, o https:// é acrescentado).',
    email: 'Endereço de correio eletrónico de contacto.',
    phones:
      'Números de telefone com o indicativo do país, separados por ";"; pode seguir-se uma descrição entre parênteses: +371 20000000 (escritório). Mantenha a coluna formatada como texto: numa célula com formato de número, o + desaparece.',
    identifiers:
      'Números de registo no formato REGISTO:número, separados por ";", em que REGISTO é o código do registo em org-id.guide, por exemplo LV-RE:40008000000. Um número sem código de registo é lido como número do registo do país da organização (LV, LT, SE, PT).',
    registerNumber:
      'O número da organização no registo do seu país (reģistrācijas numurs, juridinio asmens kodas, organisationsnummer, NIPC): é lido como identificador do registo desse país (LV-RE, LT-RC, SE-ON, PT-NIPPC; um número de outro registo escreve-se no formato REGISTO:número).',
    lat: 'Latitude em graus decimais (56.9 ou 56,9).',
    lon: 'Longitude em graus decimais.',
    coordinates:
      'Latitude e longitude numa só célula, tal como um mapa as apresenta: 57.2456, 22.5877 (em vez das colunas "Latitude" e "Longitude").',
    updated:
      'Data da última verificação desta linha: 2025-03-31 (também 31.03.2025).',
    sample:
      '"sim" para linhas de demonstração fictícias; caso contrário, deixe a célula vazia.',
  },
  events: {
    id: 'Um identificador único, sem espaços.',
    title: 'O título do evento.',
    description: 'O que acontece e para quem.',
    start:
      'Início: 2025-05-10 18:00 (com a coluna "Fuso horário" preenchida) ou 2025-05-10T18:00+03:00, ou só a data, para um evento de dia inteiro.',
    end: 'Fim, no mesmo formato que "Início".',
    startTime:
      'A hora de início, quando a coluna "Início" tem só a data: 13:00, ou 13:00–16:00 (com a hora de fim).',
    endTime:
      'A hora de fim, quando a coluna "Fim" tem só a data (ou, sem "Fim", a hora de fim no dia do início).',
    timeZone:
      'Fuso horário IANA de "Início" e "Fim" quando estes não indicam o desvio em relação a UTC: Europe/Riga, Europe/Vilnius, Europe/Stockholm, Asia/Nicosia, Europe/Lisbon, Europe/Athens.',
    attendanceMode:
      'offline (presencial), online ou mixed (ambos; por omissão, offline). Também se aceita a palavra em qualquer uma das seis línguas (presencial, online, presencial e online, klātienē, tiešsaistē, …; ver a folha "Listas").',
    onlineUrl: 'Ligação para participar online (https://…).',
    venueName: 'Nome do local.',
    venueStreet: 'Rua e número da porta do local.',
    venueCity: 'Cidade ou localidade onde fica o local.',
    venuePostalCode: 'Código postal do local.',
    venueCountry: 'Código ou nome do país do local.',
    venueLat: 'Latitude do local.',
    venueLon: 'Longitude do local.',
    venueCoordinates:
      'Latitude e longitude do local numa só célula, tal como um mapa as apresenta: 57.2456, 22.5877 (em vez das colunas "Latitude" e "Longitude").',
    organizers:
      'Organizadores, separados por ";": o ID de uma organização do feed, ou um nome.',
    audience: 'A quem se destina, em texto livre.',
    language: 'Língua de trabalho: código (lv) ou nome.',
    imageUrl: 'Endereço web de uma imagem (https://…).',
    imageAlt:
      'O que a imagem mostra (obrigatório se preencher a coluna "Imagem").',
    url: 'Página web do evento (https://…).',
    registrationUrl: 'Página de inscrição externa (https://…).',
    formId: 'ID de um formulário de inscrição do feed.',
    registrationOpens:
      'Quando abrem as inscrições (no mesmo formato que "Início").',
    registrationCloses:
      'Quando fecham as inscrições (no mesmo formato que "Início").',
    capacity: 'Número de lugares (número inteiro).',
    registered: 'Lugares já ocupados (número inteiro).',
    registrationStatus:
      'open, closed, full ou cancelled, ou a palavra em qualquer uma das seis línguas (ver a folha "Listas").',
    status:
      'scheduled (por omissão), cancelled ou postponed, ou a palavra em qualquer uma das seis línguas (ver a folha "Listas").',
    sample:
      '"sim" marca a linha de exemplo, que fica fora do feed. Deixe a célula vazia.',
  },
  recommendations: {
    id: 'Um identificador único, sem espaços.',
    title: 'A recomendação em poucas palavras.',
    summary: 'Uma ou duas frases.',
    audience:
      'Destinatários, separados por ";": municipality, organization, youth, all (ou os respetivos nomes).',
    topics:
      'Temas, separados por ";": youth, funding, participation, communication, governance, capacity, premises, procurement (ou os respetivos nomes; outros temas também são mantidos).',
    step1:
      'Título do passo 1; acrescente colunas "Passo 2", "Passo 3", … (e "Passo 2 - texto", …) conforme for preciso.',
    'step1.text':
      'Texto do passo 1 (ou escreva o passo 1 como "Título: texto" e deixe esta coluna vazia).',
    steps:
      'Todos os passos numa só célula, um por linha ou numerados (1. …, 2. …), em vez das colunas "Passo 1", "Passo 2", …; um passo escrito "Título: texto" dá o título e o texto do passo.',
    sourceTitle: 'De onde vem a recomendação.',
    sourceUrl: 'Ligação para a fonte (https://…).',
    sourceYear: 'Ano da fonte.',
    sample:
      '"sim" marca a linha de exemplo, que fica fora do feed. Deixe a célula vazia.',
  },
};
