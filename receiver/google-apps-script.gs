/*
 * local-y-mpact: a receiver for <signup-form> in a Google Sheet, for sites
 * without a server of their own (Google Sites, Wix, a hosted blog).
 *
 * 1. Open the Google Sheet that is to hold the registrations (a new one is
 *    best: each form gets a tab of its own there). Extensions → Apps Script.
 *    Replace the code there with this file, and Save.
 * 2. Deploy → New deployment → Select type: Web app. Execute as: Me. Who has
 *    access: Anyone. Deploy, and allow what Google asks (the script writes to
 *    this sheet, and e-mails you). Copy the Web app URL
 *    (https://script.google.com/macros/s/…/exec).
 * 3. In the feed, the form gets "encoding": "form-urlencoded" (a JSON form
 *    cannot reach Apps Script: the browser would first ask with OPTIONS,
 *    which Apps Script does not answer) and "action": that URL with a name
 *    for the form's tab: "https://script.google.com/macros/s/…/exec?form=talsi-2027".
 *
 * Each registration becomes a row of the form's tab: when it came, its
 * idempotency key, the answers, and the consent's text, version and time; a
 * field added to the form later gets a column of its own. A registration
 * sent twice (Retry, a second click, a reload) is kept once. Every cell is
 * kept as text, as typed: "+371 2000 0000" stays a phone number, "0012" keeps
 * its zeros, and an answer that starts like a formula is not run.
 *
 * Apps Script always answers 200, so the script tells the form of a failure
 * in the answer's JSON ("ok": false); the form then keeps the answers and
 * offers Retry. A registration that cannot be written to the sheet (it stayed
 * busy for 30 seconds, a quota) is e-mailed to you instead (to notify, or to
 * you, the script's owner), with the reason; only if that e-mail cannot be
 * sent either is the visitor told it was not received.
 *
 * After changing this code: Deploy → Manage deployments → Edit → Version:
 * New version → Deploy. The URL stays the same.
 */
var SETTINGS = {
  // An address that gets each registration by e-mail too, or '' for none.
  notify: '',
};

/** The registrations' own columns (field names cannot have a space). */
var OWN = ['received at', 'idempotency key'];
var CONSENT = ['consent text', 'consent version', 'consent acceptedAt'];

/** A form-urlencoded name or value as text (one badly encoded as it came). */
function decode_(text) {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch (error) {
    return text;
  }
}

/** The name=value pairs of a query string or form-urlencoded body, in order. */
function pairs_(text) {
  return String(text || '')
    .split('&')
    .filter(function (pair) {
      return pair !== '';
    })
    .map(function (pair) {
      var at = pair.indexOf('=');
      return at < 0
        ? [decode_(pair), '']
        : [decode_(pair.slice(0, at)), decode_(pair.slice(at + 1))];
    });
}

/**
 * A value as a cell takes it as text: with a leading apostrophe, which the
 * sheet does not show, so that it neither runs as a formula nor becomes a
 * number or a date.
 */
function cell_(value) {
  var text =
    typeof value === 'string'
      ? value
      : value !== null && typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return text === '' ? '' : "'" + text;
}

/** The registration in `e` as one row: {column: text}. */
function row_(e) {
  // No prototype: a field may be named "constructor" or "toString".
  var answers = Object.create(null);
  var consent = Object.create(null);
  var type = (e.postData && e.postData.type) || '';
  var contents = (e.postData && e.postData.contents) || '';
  if (type.indexOf('application/json') === 0) {
    var data = JSON.parse(contents);
    if (!data || typeof data !== 'object' || Array.isArray(data))
      throw new Error('the registration is not a JSON object');
    Object.keys(data).forEach(function (name) {
      if (name === '_consent' && data[name] && typeof data[name] === 'object')
        Object.keys(data[name]).forEach(function (part) {
          consent[part] = data[name][part];
        });
      else answers[name] = data[name];
    });
  } else {
    pairs_(contents).forEach(function (pair) {
      var part = /^_consent\[(\w+)\]$/.exec(pair[0]);
      if (part) consent[part[1]] = pair[1];
      else if (!(pair[0] in answers)) answers[pair[0]] = pair[1];
    });
  }
  var key = answers._idempotencyKey;
  delete answers._idempotencyKey;
  var row = Object.create(null);
  row[OWN[0]] = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  row[OWN[1]] = /^[A-Za-z0-9_-]{1,100}$/.test(key) ? key : Utilities.getUuid();
  Object.keys(answers).forEach(function (name) {
    if (!(name in row)) row[name] = answers[name];
  });
  ['text', 'version', 'acceptedAt'].forEach(function (part, i) {
    row[CONSENT[i]] = consent[part] === undefined ? '' : consent[part];
  });
  return row;
}

/** The answer: JSON (Apps Script cannot send a status other than 200). */
function answer_(body) {
  return ContentService.createTextOutput(JSON.stringify(body)).setMimeType(
    ContentService.MimeType.JSON
  );
}

/** E-mails the row to `to` (subject: the form's name and `why`). */
function mail_(to, form, row, why) {
  var lines = Object.keys(row).map(function (name) {
    return name + ': ' + row[name];
  });
  MailApp.sendEmail(
    to,
    'Registration: ' + form + (why ? ' (not in the sheet)' : ''),
    (why
      ? 'This registration could not be written to the sheet: ' + why + '\n\n'
      : '') +
      lines.join('\n') +
      '\n'
  );
}

/** Writes `row` to the tab `form`; false when its key is there already. */
function keep_(form, row) {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = book.getSheetByName(form) || book.insertSheet(form);
  var width = sheet.getLastColumn();
  var header = width
    ? sheet.getRange(1, 1, 1, width).getDisplayValues()[0]
    : [];
  var keyAt = header.indexOf(OWN[1]);
  var last = sheet.getLastRow();
  if (keyAt >= 0 && last > 1) {
    var keys = sheet.getRange(2, keyAt + 1, last - 1, 1).getDisplayValues();
    for (var i = 0; i < keys.length; i++)
      if (keys[i][0] === row[OWN[1]]) return false;
  }
  var columns = header.slice();
  Object.keys(row).forEach(function (name) {
    if (columns.indexOf(name) < 0) columns.push(name);
  });
  if (columns.length > header.length) {
    sheet.getRange(1, 1, 1, columns.length).setValues([columns.map(cell_)]);
    sheet.setFrozenRows(1);
  }
  sheet.getRange(Math.max(last, 1) + 1, 1, 1, columns.length).setValues([
    columns.map(function (name) {
      return name in row ? cell_(row[name]) : '';
    }),
  ]);
  return true;
}

function doPost(e) {
  var form = 'registrations';
  pairs_(e.queryString).forEach(function (pair) {
    if (pair[0] === 'form') form = pair[1];
  });
  // A name that is not one (letters, digits and -): the default tab, so
  // that the registration is kept all the same.
  if (!/^[A-Za-z0-9-]{1,80}$/.test(form)) form = 'registrations';
  var row;
  try {
    row = row_(e);
  } catch (error) {
    return answer_({ok: false, error: 'The registration could not be read.'});
  }
  var lock = LockService.getScriptLock();
  var kept;
  var failure;
  try {
    lock.waitLock(30000);
    kept = keep_(form, row);
  } catch (error) {
    failure = String((error && error.message) || error);
  } finally {
    lock.releaseLock();
  }
  if (failure) {
    try {
      mail_(
        SETTINGS.notify || Session.getEffectiveUser().getEmail(),
        form,
        row,
        failure
      );
      return answer_({ok: true, mailed: true});
    } catch (error) {
      // Neither in the sheet nor e-mailed: the form keeps the answers and
      // the visitor can try again.
      console.error('not kept (' + failure + '), not e-mailed: ' + error);
      return answer_({ok: false, error: 'The registration could not be kept.'});
    }
  }
  if (kept && SETTINGS.notify) {
    try {
      mail_(SETTINGS.notify, form, row);
    } catch (error) {
      console.error(
        'the e-mail to ' + SETTINGS.notify + ' was not sent: ' + error
      );
    }
  }
  return answer_(kept ? {ok: true} : {ok: true, duplicate: true});
}

/** The address opened in a browser: a word on what it is. */
function doGet() {
  return answer_({
    ok: false,
    error: 'This address takes registrations from a signup form (POST).',
  });
}
