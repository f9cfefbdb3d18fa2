// For the keyboard test's page: the event card's "today" is 15 January 2027,
// when the sample feed's made-up event is still to come (set before the
// element is defined; Lit takes the property over when it upgrades).
document.querySelector('event-card').now = new Date('2027-01-15T10:00:00Z');
