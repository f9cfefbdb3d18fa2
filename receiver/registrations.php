<?php
/*
 * local-y-mpact: a receiver for <signup-form>, for a web server with PHP
 * (7.4 or later: most shared hosting, and WordPress's).
 *
 * Upload this file to your site, e.g. as /lym/registrations.php, and make it
 * the form's action: in the feed, "action": "https://www.example.lv/lym/registrations.php?form=talsi-2027"
 * (the form's own name for its file: letters, digits and -), or the
 * element's action attribute. Each registration becomes a row of
 * <form>.csv, which Excel and LibreOffice open, in a folder outside the
 * site's public folder (registrations are personal data); the folder is
 * made when the first one comes. A registration sent twice (Retry, a second
 * click, a reload) is kept once, by its idempotency key; a bot posting here
 * directly gets at most `limit` an hour kept. Optionally, each one is also
 * e-mailed to you.
 *
 * The settings below are all there is to change.
 */
$settings = [
    // Where the CSV files go. Must not be under the site's public folder:
    // the receiver refuses to keep registrations where anyone could download
    // them. The default is a folder beside the public one
    // (/home/you/lym-registrations when the site is /home/you/public_html).
    // A server that does not name its public folder to PHP (DOCUMENT_ROOT)
    // cannot be checked: there, set a folder you know is not public.
    'folder' => dirname($_SERVER['DOCUMENT_ROOT'] ?: __DIR__) . '/lym-registrations',
    // Sites whose pages show the form, when they are not this server's own,
    // e.g. ['https://www.talsi.lv', 'https://lsua.lv']; ['*'] allows any.
    // A registration from a page on a site not listed is refused (403).
    'origins' => [],
    // An address that gets each registration by e-mail (PHP's mail() must
    // work on the server), or '' for none.
    'notify' => '',
    // At most this many registrations kept in an hour from one internet
    // address (an IPv6 network's /64), against a bot posting here directly;
    // more get 429 until the hour is over. 0: no limit. Behind a proxy or
    // CDN (Cloudflare…) that PHP sees as the visitor, all visitors share its
    // few addresses: raise it, or set 0.
    'limit' => 60,
    // The CSV files' separator: ';' is what Excel expects where numbers
    // have a decimal comma (Latvia, Lithuania, Sweden, Greece, Cyprus,
    // Portugal); ',' elsewhere.
    'separator' => ';',
];

/** Answers with `status` and a JSON body, and stops. */
function answer(int $status, ?array $body = null): void
{
    http_response_code($status);
    if ($body !== null) {
        header('Content-Type: application/json; charset=utf-8');
        echo json_encode($body, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }
    exit;
}

/** Logs why for the site's owner, answers 500 (the form offers Retry), and stops. */
function cannotKeep(string $why): void
{
    error_log("local-y-mpact receiver: $why");
    answer(500, ['error' => 'The registration could not be kept.']);
}

/** The first characters with which a spreadsheet runs a cell as a formula. */
const FORMULA = "=+-@\t\r";

/** One quoted CSV cell; a value a spreadsheet would run as a formula is kept as text. */
function cell(string $value): string
{
    if ($value !== '' && strpos(FORMULA, $value[0]) !== false) {
        $value = "'" . $value;
    }
    return '"' . str_replace('"', '""', $value) . '"';
}

/** A value as text for the CSV and the e-mail. */
function text($value): string
{
    if (is_bool($value)) {
        return $value ? 'true' : 'false';
    }
    if (is_array($value)) {
        return json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }
    return (string) $value;
}

/** The rows of a CSV file written by this receiver (header first); [] when it is new. */
function readRows($handle, string $separator): array
{
    rewind($handle);
    if (fread($handle, 3) !== "\xEF\xBB\xBF") {
        rewind($handle);
    }
    $rows = [];
    while (($row = fgetcsv($handle, 0, $separator, '"', '')) !== false) {
        if ($row === [null]) {
            continue;
        }
        // The apostrophe that kept a formula as text is the file's, not the answer's.
        $rows[] = array_map(function ($v) {
            return strlen($v) > 1 && $v[0] === "'" && strpos(FORMULA, $v[1]) !== false ? substr($v, 1) : $v;
        }, $row);
    }
    return $rows;
}

// Pages on other sites: for a JSON form the browser asks first (OPTIONS),
// then posts; a form-urlencoded one it posts without asking, and a page
// that may not read the answer would say the registration failed although
// it was kept. So a page's POST from a site that is neither this server's
// nor in origins is refused, and nothing is kept.
$origin = $_SERVER['HTTP_ORIGIN'] ?? '';
$allowed = in_array('*', $settings['origins'], true) || in_array($origin, $settings['origins'], true);
if ($origin !== '' && $allowed) {
    header('Access-Control-Allow-Origin: ' . $origin);
    // The form says when a limit ends (429 below): a page on another site
    // may read this header only when told so.
    header('Access-Control-Expose-Headers: Retry-After');
    header('Vary: Origin');
}
$method = $_SERVER['REQUEST_METHOD'] ?? 'GET';
// This server's own pages: the browser says so (Sec-Fetch-Site), or the
// page's host is the one asked for (behind a proxy that changes it, only the
// browser's word counts).
$own = ($_SERVER['HTTP_SEC_FETCH_SITE'] ?? '') === 'same-origin'
    || preg_replace('~^https?://~', '', $origin) === ($_SERVER['HTTP_HOST'] ?? '');
if ($method === 'POST' && $origin !== '' && !$allowed && !$own) {
    error_log("local-y-mpact receiver: a registration from a page on $origin, which is not in origins, was refused");
    answer(403, ['error' => 'Pages on this site may not send registrations here.']);
}
if ($method === 'OPTIONS') {
    header('Access-Control-Allow-Methods: POST');
    header('Access-Control-Allow-Headers: Content-Type, Idempotency-Key');
    header('Access-Control-Max-Age: 600');
    answer(204);
}
if ($method !== 'POST') {
    header('Allow: POST, OPTIONS');
    answer(405, ['error' => 'This address takes registrations from a signup form (POST).']);
}

// The answers, as JSON or form-urlencoded (the form's "encoding").
$body = file_get_contents('php://input', false, null, 0, 65537);
if (strlen($body) > 65536) {
    answer(413, ['error' => 'The registration is too large.']);
}
$type = strtolower($_SERVER['CONTENT_TYPE'] ?? '');
if (strpos($type, 'application/json') === 0) {
    $data = json_decode($body, true);
} else {
    // Read here rather than by parse_str, which turns a field name's dots
    // and spaces into underscores (contact.phone would become contact_phone).
    $data = [];
    foreach (explode('&', $body) as $pair) {
        if ($pair === '') {
            continue;
        }
        $parts = explode('=', $pair, 2);
        $name = urldecode($parts[0]);
        $value = urldecode($parts[1] ?? '');
        if (preg_match('/^_consent\[(\w+)\]$/', $name, $m)) {
            $data['_consent'][$m[1]] = $value;
        } else {
            $data[$name] = $value;
        }
    }
}
if (!is_array($data) || $data === [] || array_keys($data) === range(0, count($data) - 1)) {
    answer(400, ['error' => 'The registration could not be read.']);
}

$key = $_SERVER['HTTP_IDEMPOTENCY_KEY'] ?? ($data['_idempotencyKey'] ?? '');
$key = is_string($key) && preg_match('/^[A-Za-z0-9_-]{1,100}$/', $key) ? $key : bin2hex(random_bytes(16));
$consent = is_array($data['_consent'] ?? null) ? $data['_consent'] : [];
unset($data['_idempotencyKey'], $data['_consent']);

// One row: when it came, its key, the answers, the consent as given. The
// receiver's own columns have a space in their names, which a form's field
// names cannot have: a field named "key" is a column of its own.
$row = ['received at' => gmdate('Y-m-d\TH:i:s\Z'), 'idempotency key' => $key];
foreach ($data as $name => $value) {
    if (!isset($row[(string) $name])) {
        $row[(string) $name] = text($value);
    }
}
foreach (['text', 'version', 'acceptedAt'] as $part) {
    $row['consent ' . $part] = text($consent[$part] ?? '');
}

// The file, outside the public folder, written by one request at a time.
$form = $_GET['form'] ?? 'registrations';
if (!is_string($form) || !preg_match('/^[A-Za-z0-9-]{1,80}$/', $form)) {
    answer(400, ['error' => 'The form name in the address may hold letters, digits and - only.']);
}
$folder = $settings['folder'];
$made = !is_dir($folder);
if ($made && !@mkdir($folder, 0700, true)) {
    cannotKeep("cannot make the folder $folder");
}
// (realpath('') would be the working folder: an unnamed public folder is unknown.)
$public = ($_SERVER['DOCUMENT_ROOT'] ?? '') !== '' ? realpath($_SERVER['DOCUMENT_ROOT']) : false;
$real = realpath($folder);
if ($public !== false && strpos($real . '/', rtrim($public, '/') . '/') === 0) {
    if ($made) {
        @rmdir($real);
    }
    cannotKeep("$folder is inside the public folder $public; registrations are not kept there");
}
$file = "$real/$form.csv";
$handle = @fopen($file, 'c+');
if (!$handle || !flock($handle, LOCK_EX)) {
    cannotKeep("cannot write $file");
}
$separator = $settings['separator'];
$rows = readRows($handle, $separator);
$header = $rows[0] ?? [];
$keyAt = array_search('idempotency key', $header, true);
foreach (array_slice($rows, 1) as $old) {
    if ($keyAt !== false && ($old[$keyAt] ?? null) === $key) {
        flock($handle, LOCK_UN);
        answer(200, ['ok' => true, 'duplicate' => true]);
    }
}

// The limit per address: kept for an hour, as salted hashes only (the
// addresses themselves are not kept), in the folder's .limit file.
if ($settings['limit'] > 0) {
    $limits = @fopen("$real/.limit", 'c+');
    if (!$limits || !flock($limits, LOCK_EX)) {
        cannotKeep("cannot write $real/.limit");
    }
    $state = json_decode(stream_get_contents($limits), true);
    $state = is_array($state) && is_string($state['salt'] ?? null) ? $state : ['salt' => bin2hex(random_bytes(16)), 'seen' => []];
    $address = $_SERVER['REMOTE_ADDR'] ?? '';
    $packed = @inet_pton($address);
    $who = hash_hmac('sha256', $packed !== false && strlen($packed) === 16 ? substr($packed, 0, 8) : $address, $state['salt']);
    $now = time();
    foreach ($state['seen'] as $hash => $times) {
        $state['seen'][$hash] = array_values(array_filter((array) $times, function ($t) use ($now) {
            return is_int($t) && $t > $now - 3600;
        }));
        if ($state['seen'][$hash] === []) {
            unset($state['seen'][$hash]);
        }
    }
    $mine = $state['seen'][$who] ?? [];
    if (count($mine) >= $settings['limit']) {
        flock($limits, LOCK_UN);
        flock($handle, LOCK_UN);
        error_log("local-y-mpact receiver: a registration for $form was refused: over the limit of {$settings['limit']} an hour from one address");
        header('Retry-After: ' . max(1, min($mine) + 3600 - $now));
        answer(429, ['error' => 'Too many registrations from this connection; try again later.']);
    }
    $state['seen'][$who] = array_merge($mine, [$now]);
    ftruncate($limits, 0);
    rewind($limits);
    fwrite($limits, json_encode($state));
    fflush($limits);
    flock($limits, LOCK_UN);
    fclose($limits);
}

// A field the file has no column for (the form changed): the file gets the
// column, the earlier rows an empty cell in it.
$columns = $header;
foreach (array_keys($row) as $name) {
    if (!in_array($name, $columns, true)) {
        $columns[] = $name;
    }
}
$line = function (array $cells) use ($separator) {
    return implode($separator, array_map('cell', $cells)) . "\r\n";
};
if ($columns !== $header) {
    $out = "\xEF\xBB\xBF" . $line($columns);
    foreach (array_slice($rows, 1) as $old) {
        $out .= $line(array_map(function ($i) use ($old) {
            return $old[$i] ?? '';
        }, array_keys($columns)));
    }
    ftruncate($handle, 0);
    rewind($handle);
    $ok = fwrite($handle, $out);
}
fseek($handle, 0, SEEK_END);
$ok = ($ok ?? true) && fwrite($handle, $line(array_map(function ($name) use ($row) {
    return $row[$name] ?? '';
}, $columns)));
fflush($handle);
flock($handle, LOCK_UN);
fclose($handle);
if (!$ok) {
    cannotKeep("cannot write $file");
}

if ($settings['notify'] !== '') {
    $lines = [];
    foreach ($row as $name => $value) {
        $lines[] = "$name: $value";
    }
    $subject = '=?UTF-8?B?' . base64_encode("Registration: $form") . '?=';
    $sent = mail($settings['notify'], $subject, implode("\r\n", $lines) . "\r\n", "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit");
    if (!$sent) {
        error_log("local-y-mpact receiver: the e-mail to {$settings['notify']} was not sent; the registration is in $file");
    }
}
answer(201, ['ok' => true]);
