// The SatuPintu web chat: posts what the citizen types, shows the replies, and polls for later
// messages (status notifications). The API is described in channels/web.yml.
(function () {
  "use strict";

  const API = "/api/v1/webchat/messages";
  const POLL_MS = 5000;
  const TEXT = {
    me: "Anda:",
    bot: "SatuPintu:",
    sending: "Mengirim…",
    later: "Pesan Anda sudah kami terima. Balasannya akan muncul di sini.",
    failed: "Pesan belum terkirim. Periksa koneksi Anda.",
    retry: "Coba lagi",
    rejected: "Pesan tidak dapat diproses: "
  };

  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  const send = document.getElementById("send");
  const status = document.getElementById("status");

  const session = remembered("satupintu.session", randomId);
  let cursor = Number(localStorage.getItem("satupintu.cursor") || 0);
  let pending = null;

  function remembered(key, create) {
    let value = localStorage.getItem(key);
    if (!value) {
      value = create();
      localStorage.setItem(key, value);
    }
    return value;
  }

  function randomId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
  }

  function show(who, text, choices) {
    const item = document.createElement("li");
    item.className = "msg " + who;
    const label = document.createElement("span");
    label.className = "who";
    label.textContent = who === "me" ? TEXT.me : TEXT.bot;
    const bubble = document.createElement("div");
    bubble.className = "bubble";
    bubble.textContent = text;
    item.append(label, bubble);
    if (choices && choices.length) {
      const group = document.createElement("div");
      group.className = "choices";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "Pilihan jawaban");
      for (const choice of choices) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = choice;
        button.addEventListener("click", () => {
          group.querySelectorAll("button").forEach(b => b.disabled = true);
          post(choice, choice);
        });
        group.append(button);
      }
      item.append(group);
    }
    log.append(item);
    item.scrollIntoView({block: "end", behavior: "smooth"});
  }

  function showReplies(replies) {
    for (const reply of replies) {
      show("bot", reply.text, reply.choices);
    }
  }

  function say(text, isError, retry) {
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
    if (retry) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = TEXT.retry;
      button.addEventListener("click", retry);
      status.append(button);
    }
  }

  async function post(text, choice) {
    pending = {session, id: randomId(), text, choice: choice || null};
    show("me", text);
    await deliver();
  }

  // A retry sends the same id, so the server counts the message once.
  async function deliver() {
    const message = pending;
    send.disabled = true;
    say(TEXT.sending);
    try {
      const response = await fetch(API, {
        method: "POST",
        headers: {"Content-Type": "application/json", "Accept": "application/json"},
        body: JSON.stringify(message)
      });
      if (response.status >= 400 && response.status < 500) {
        const problem = await response.json().catch(() => ({}));
        pending = null;
        say(TEXT.rejected + (problem.detail || response.status), true);
        return;
      }
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      const body = await response.json();
      pending = null;
      say(response.status === 202 ? TEXT.later : "");
      showReplies(body.replies);
    } catch (e) {
      say(TEXT.failed, true, deliver);
    } finally {
      send.disabled = false;
    }
  }

  async function poll() {
    if (document.hidden) {
      return;
    }
    try {
      const response = await fetch(API + "?session=" + encodeURIComponent(session) + "&after=" + cursor,
          {headers: {"Accept": "application/json"}});
      if (!response.ok) {
        return;
      }
      const body = await response.json();
      showReplies(body.replies);
      cursor = body.next;
      localStorage.setItem("satupintu.cursor", String(cursor));
    } catch (e) {
      // Offline for a moment: the next poll catches up from the same cursor.
    }
  }

  form.addEventListener("submit", event => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || send.disabled) {
      return;
    }
    input.value = "";
    grow();
    post(text);
  });

  input.addEventListener("keydown", event => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  function grow() {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight, 144) + "px";
    input.style.overflowY = input.scrollHeight > 144 ? "auto" : "hidden";
  }
  input.addEventListener("input", grow);

  poll();
  setInterval(poll, POLL_MS);
  document.addEventListener("visibilitychange", poll);
})();
