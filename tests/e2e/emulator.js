// telegram-test-api, started for the Python end-to-end tests and `jejak bench bot`.
//
// Usage: node emulator.js <port> [first update id]
//
// The package emulates only a few Bot API methods and stamps dates in
// milliseconds. This wrapper keeps its storage and client API and adds, in
// front of it, what python-telegram-bot needs: getMe with is_bot, getUpdates
// with offset/limit/long-poll semantics, dates in seconds, sendChatAction,
// sendPhoto/sendDocument (multipart), getFile and file downloads, plus test
// controls under /control: raw updates (edited messages, photos, duplicates),
// user files, blocked users and injected faults (flood 429, network 502, server 500, unauthorized 401).
'use strict';

const express = require('express');
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2] || 9000);
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 3600 });
// a restarted emulator goes on numbering updates where the stopped one ended, like Telegram
if (process.argv[3]) server.updateId = Number(process.argv[3]);
const inner = server.webServer;
const app = express();

const queues = new Map(); // token -> [update]
const files = new Map(); // file_id -> {buf, mime, name}
const blocked = new Set(); // chat ids that blocked the bot
let faults = []; // {method, kind, count, retry_after}
let fileSeq = 1;
const webhooks = new Map(); // token -> url

// webhook mode: push queued updates to the bot, one at a time per token, in order
const pumping = new Set();
async function pump() {
  for (const [token, url] of webhooks) {
    if (pumping.has(token)) continue;
    pumping.add(token);
    try {
      const q = queueOf(token);
      while (q.length && webhooks.get(token) === url) {
        const upd = { ...q[0] };
        delete upd._received;
        let ok = false;
        try {
          const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
            body: JSON.stringify(upd) });
          ok = r.status < 300;
        } catch (e) { ok = false; }
        if (!ok) break; // kept; retried on the next event
        q.shift();
      }
    } finally {
      pumping.delete(token);
    }
  }
}
for (const ev of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) {
  server.on(ev, () => { setImmediate(pump); });
}
setInterval(pump, 500).unref();

const changes = new (require('events'))();
changes.setMaxListeners(0);
let revision = 0; // bumped on every bot message sent or edited: a cursor without same-millisecond ties
const changed = []; // stored bot messages in the order of their latest change (for /control/changes)
function touch(u) {
  u.rev = ++revision;
  const at = changed.indexOf(u);
  if (at !== -1) changed.splice(at, 1);
  changed.push(u);
  changes.emit('change');
}
const now = () => Date.now();
const seconds = () => Math.floor(Date.now() / 1000);

function queueOf(token) {
  if (!queues.has(token)) queues.set(token, []);
  const q = queues.get(token);
  // take over what the package's client API stored
  const mine = server.storage.userMessages.filter((u) => u.botToken === token);
  if (mine.length) {
    server.storage.userMessages = server.storage.userMessages.filter((u) => u.botToken !== token);
    for (const u of mine) {
      const upd = TelegramServer.formatUpdate(u);
      const m = upd.message || (upd.callback_query && upd.callback_query.message);
      if (upd.message) {
        upd.message.date = seconds();
        delete upd.message.botToken;
      }
      if (upd.callback_query) {
        upd.callback_query.chat_instance = String((m && m.chat && m.chat.id) || upd.callback_query.from.id);
        if (m && !m.date) m.date = seconds();
      }
      upd._received = u.time;
      q.push(upd);
    }
  }
  return q;
}

function waitUpdate(ms, res) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      server.off('AddedUserMessage', done);
      server.off('AddedUserCommand', done);
      server.off('AddedUserCallbackQuery', done);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    server.on('AddedUserMessage', done);
    server.on('AddedUserCommand', done);
    server.on('AddedUserCallbackQuery', done);
    res.on('close', done);
  });
}

function parseMultipart(req) {
  const type = req.headers['content-type'] || '';
  const m = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  const out = { fields: {}, files: {} };
  if (!m || !Buffer.isBuffer(req.body)) return out;
  const boundary = Buffer.from(`--${m[1] || m[2]}`);
  const body = req.body;
  let pos = body.indexOf(boundary);
  while (pos !== -1) {
    const start = pos + boundary.length + 2;
    const next = body.indexOf(boundary, start);
    if (next === -1) break;
    const part = body.slice(start, next - 2);
    const sep = part.indexOf('\r\n\r\n');
    const head = part.slice(0, sep).toString();
    const data = part.slice(sep + 4);
    const name = /name="([^"]*)"/.exec(head);
    const filename = /filename="([^"]*)"/.exec(head);
    const ctype = /Content-Type:\s*([^\r\n]+)/i.exec(head);
    if (name && filename) {
      out.files[name[1]] = { buf: data, name: filename[1], mime: ctype ? ctype[1] : 'application/octet-stream' };
    } else if (name) {
      out.fields[name[1]] = data.toString();
    }
    pos = next;
  }
  return out;
}

function fail(res, code, description, parameters) {
  res.status(code).json({ ok: false, error_code: code, description, parameters });
}

function botMessage(token, body, extra) {
  const msg = server.addBotMessage({ ...body, ...extra }, token);
  msg.date = seconds();
  msg.from = { id: 666, is_bot: true, first_name: 'JEJAK' };
  const stored = server.storage.botMessages[server.storage.botMessages.length - 1];
  stored.message = { ...stored.message, ...extra };
  stored.finalAt = now();
  touch(stored);
  return msg;
}

function storeFile(buf, mime, name) {
  const id = `f${fileSeq++}`;
  files.set(id, { buf, mime, name });
  return { file_id: id, file_unique_id: `u${id}`, file_size: buf.length };
}

app.use(express.json({ limit: '80mb' }));
app.use(express.urlencoded({ extended: true, limit: '80mb' }));
app.use(express.raw({ type: 'multipart/form-data', limit: '80mb' }));

// ---------------------------------------------------------------- controls
app.post('/control/reset', (_req, res) => {
  blocked.clear();
  faults = [];
  res.json({ ok: true });
});
app.post('/control/block', (req, res) => {
  if (req.body.blocked === false) blocked.delete(String(req.body.chatId));
  else blocked.add(String(req.body.chatId));
  res.json({ ok: true });
});
app.post('/control/fault', (req, res) => {
  faults.push({ method: req.body.method, kind: req.body.kind, count: Number(req.body.count || 1),
    retry_after: Number(req.body.retry_after || 1) });
  res.json({ ok: true });
});
app.post('/control/file', (req, res) => {
  const buf = Buffer.from(req.body.data || '', 'base64');
  res.json({ ok: true, result: storeFile(buf, req.body.mime, req.body.name) });
});
app.get('/control/file/:id', (req, res) => {
  const f = files.get(req.params.id);
  if (!f) return res.status(404).end();
  res.type(f.mime || 'application/octet-stream').send(f.buf);
});
app.post('/control/update', (req, res) => {
  const { token } = req.body;
  const update = { ...req.body.update };
  if (update.update_id === undefined) update.update_id = server.updateId++;
  for (const key of ['message', 'edited_message']) {
    if (update[key]) {
      if (update[key].message_id === undefined) update[key].message_id = server.messageId++;
      if (update[key].date === undefined) update[key].date = seconds();
    }
  }
  update._received = now();
  queueOf(token).push(update);
  server.emit('AddedUserMessage');
  res.json({ ok: true, result: { update_id: update.update_id, message_id: (update.message || {}).message_id } });
});
function view(u) {
  // a stored bot message as the controls return it: when it was sent and last edited
  return { ...u.message, message_id: u.messageId, time: u.time, final_at: u.finalAt || u.time, edits: u.edits || 0,
    rev: u.rev || 0 };
}
function chatMessages(token, chatId, after) {
  const chat = String(chatId);
  return server.storage.botMessages
    .filter((u) => u.botToken === token && String(u.message.chat_id) === chat && u.messageId > after)
    .map(view);
}
app.post('/control/messages', (req, res) => {
  // bot messages of one chat after a message id, edits included
  res.json({ ok: true, result: chatMessages(req.body.token, req.body.chatId, Number(req.body.after || 0)) });
});
function answerWhen(req, res, fresh, result) {
  // answer with result() as soon as fresh() finds something, or after `timeout` s (long poll)
  if (fresh().length) return res.json({ ok: true, result: result() });
  const done = () => {
    clearTimeout(timer);
    changes.off('change', check);
    res.json({ ok: true, result: result() });
  };
  const check = () => { if (fresh().length) done(); };
  const timer = setTimeout(done, Number(req.body.timeout || 10) * 1000);
  changes.on('change', check);
  return undefined;
}
app.post('/control/wait', (req, res) => {
  // like /control/messages, but waits (up to timeout s) for a message or edit newer than `since` ms
  const { token, chatId } = req.body;
  const after = Number(req.body.after || 0);
  const since = Number(req.body.since || 0);
  return answerWhen(req, res, () => chatMessages(token, chatId, after).filter((m) => m.final_at > since),
    () => chatMessages(token, chatId, after));
});
app.post('/control/changes', (req, res) => {
  // every bot message of a token sent or edited after revision `since` (the `rev` of the last one
  // seen), any chat, in order of change; waits up to timeout s. One long poll for many simulated
  // users (`jejak bench bot`); revisions, unlike millisecond stamps, never tie, so no change is missed.
  const { token } = req.body;
  const since = Number(req.body.since || 0);
  const fresh = () => {
    let i = changed.length;
    while (i > 0 && changed[i - 1].rev > since) i -= 1;
    return changed.slice(i).filter((u) => u.botToken === token).map(view);
  };
  return answerWhen(req, res, fresh, fresh);
});
app.post('/control/pending', (req, res) => {
  res.json({ ok: true, result: queueOf(req.body.token).length });
});

// ---------------------------------------------------------------- Bot API
app.all('/bot:token/:method', async (req, res, next) => {
  const { token, method } = req.params;
  let body = { ...(req.query || {}), ...(req.body && !Buffer.isBuffer(req.body) ? req.body : {}) };
  let upload = {};
  if (Buffer.isBuffer(req.body)) {
    const parsed = parseMultipart(req);
    body = { ...body, ...parsed.fields };
    upload = parsed.files;
  }
  const fault = faults.find((f) => f.method === method && f.count > 0);
  if (fault) {
    fault.count -= 1;
    if (fault.kind === 'flood') {
      return fail(res, 429, `Too Many Requests: retry after ${fault.retry_after}`, { retry_after: fault.retry_after });
    }
    if (fault.kind === 'server') return fail(res, 500, 'Internal Server Error');
    if (fault.kind === 'unauthorized') return fail(res, 401, 'Unauthorized');
    return fail(res, 502, 'Bad Gateway');
  }
  if (body.chat_id !== undefined && blocked.has(String(body.chat_id)) && method !== 'getUpdates') {
    return fail(res, 403, 'Forbidden: bot was blocked by the user');
  }
  switch (method) {
    case 'setWebhook':
      webhooks.set(token, body.url);
      setImmediate(pump);
      return res.json({ ok: true, result: true });
    case 'deleteWebhook':
      webhooks.delete(token);
      return res.json({ ok: true, result: true });
    case 'getWebhookInfo':
      return res.json({ ok: true, result: { url: webhooks.get(token) || '', has_custom_certificate: false,
        pending_update_count: queueOf(token).length } });
    case 'getMe':
      return res.json({ ok: true, result: { id: 666, is_bot: true, first_name: 'JEJAK', username: 'JejakTestBot' } });
    case 'getUpdates': {
      const offset = Number(body.offset || 0);
      const limit = Number(body.limit || 100);
      const timeout = Math.min(Number(body.timeout || 0), 30);
      let q = queueOf(token).filter((u) => !offset || u.update_id >= offset);
      queues.set(token, q);
      if (!q.length && timeout > 0) {
        await waitUpdate(timeout * 1000, res);
        if (res.writableEnded || res.destroyed) return undefined;
        q = queueOf(token).filter((u) => !offset || u.update_id >= offset);
        queues.set(token, q);
      }
      const out = q.slice(0, limit).map((u) => { const c = { ...u }; delete c._received; return c; });
      return res.json({ ok: true, result: out });
    }
    case 'sendMessage':
      return res.json({ ok: true, result: botMessage(token, body, {}) });
    case 'editMessageText':
    case 'editMessageReplyMarkup': {
      const u = server.storage.botMessages.find((m) => String(m.messageId) === String(body.message_id)
        && String(m.message.chat_id) === String(body.chat_id));
      if (!u) return fail(res, 400, 'Bad Request: message to edit not found');
      const patch = TelegramServer.normalizeMessage({ ...body });
      if (!patch.reply_markup) delete u.message.reply_markup;
      u.message = { ...u.message, ...patch };
      u.finalAt = now();
      u.edits = (u.edits || 0) + 1;
      touch(u);
      const result = { ...u.message, message_id: u.messageId, date: seconds(),
        chat: { id: Number(u.message.chat_id), type: 'private' } };
      return res.json({ ok: true, result });
    }
    case 'sendPhoto':
    case 'sendDocument': {
      const field = method === 'sendPhoto' ? 'photo' : 'document';
      const f = upload[field];
      if (!f) return fail(res, 400, `Bad Request: there is no ${field} in the request`);
      const meta = storeFile(f.buf, f.mime, f.name);
      const extra = method === 'sendPhoto'
        ? { photo: [{ ...meta, width: 800, height: 600 }] }
        : { document: { ...meta, file_name: f.name, mime_type: f.mime } };
      const msg = botMessage(token, body, extra);
      return res.json({ ok: true, result: msg });
    }
    case 'getFile': {
      const f = files.get(String(body.file_id));
      if (!f) return fail(res, 400, 'Bad Request: invalid file_id');
      return res.json({ ok: true, result: { file_id: body.file_id, file_unique_id: `u${body.file_id}`,
        file_size: f.buf.length, file_path: `files/${body.file_id}` } });
    }
    case 'sendChatAction':
    case 'setMyCommands':
    case 'deleteMyCommands':
    case 'answerCallbackQuery':
    case 'close':
    case 'logOut':
      return res.json({ ok: true, result: true });
    default:
      return next();
  }
});
app.get('/file/bot:token/files/:id', (req, res) => {
  const f = files.get(req.params.id);
  if (!f) return res.status(404).end();
  return res.type(f.mime || 'application/octet-stream').send(f.buf);
});
app.use(inner);

server.webServer = app;
server.start().then(() => {
  process.stdout.write(`READY ${server.config.apiURL}\n`);
});
const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
