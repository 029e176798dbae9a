// Small improvements over the plain form: add and remove article rows without a round trip.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const list = document.getElementById("articles");
  const add = document.getElementById("add-article");
  if (!list || !add) return;
  const renumber = () => {
    list.querySelectorAll("fieldset.article").forEach((row, i) => {
      row.querySelector("legend").textContent = `Article ${i + 1}`;
      row.id = `article-${i + 1}`;
    });
  };
  list.addEventListener("click", (event) => {
    const button = event.target.closest("button.remove");
    if (!button) return;
    event.preventDefault();
    const rows = list.querySelectorAll("fieldset.article");
    if (rows.length > 1) button.closest("fieldset").remove();
    else button.closest("fieldset").querySelectorAll("input, textarea").forEach((f) => { f.value = ""; });
    renumber();
  });
  add.addEventListener("click", (event) => {
    event.preventDefault();
    const rows = list.querySelectorAll("fieldset.article");
    const copy = rows[rows.length - 1].cloneNode(true);
    copy.querySelectorAll("input, textarea").forEach((f) => {
      f.value = "";
      f.removeAttribute("aria-invalid");
    });
    copy.classList.remove("has-error");  // a new row has no error of its own
    copy.querySelectorAll(".row-error").forEach((p) => p.remove());
    list.appendChild(copy);
    renumber();
    copy.querySelector("input").focus();
  });
});

// The brief page's "Copy with sources": the same text as its "Download as text" link (made by
// the server, summarizer.render.cited_text), put on the clipboard. Without JavaScript the
// button stays hidden and the link downloads the text.
document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("copy-brief");
  const link = document.getElementById("download-text");
  const status = document.getElementById("copy-status");
  if (!button || !link) return;
  const text = () => {
    const href = link.getAttribute("href");
    return decodeURIComponent(href.slice(href.indexOf(",") + 1));
  };
  const fallback = (value) => {  // no clipboard API (a page served over plain http)
    const area = document.createElement("textarea");
    area.value = value;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand("copy");
    area.remove();
    return done;
  };
  button.hidden = false;
  button.addEventListener("click", async () => {
    const value = text();
    let done = false;
    try {
      await navigator.clipboard.writeText(value);
      done = true;
    } catch (error) {
      done = fallback(value);
    }
    status.textContent = done ? "Copied the brief with its sources."
      : "Could not copy: use “Download as text”.";
  });
});
