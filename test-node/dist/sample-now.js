// For the keyboard test's page: the event card's "today" is the day when the
// sample feed's made-up event is still to come (set before the element is
// defined; Lit takes the property over when it upgrades).
import clock from '/demo/sample-clock.json' with {type: 'json'};

document.querySelector('event-card').now = new Date(clock.now);
