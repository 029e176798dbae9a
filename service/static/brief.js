// Small improvements over the plain form: add and remove article rows without a round trip.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const list = document.getElementById("articles");
  const add = document.getElementById("add-article");
  if (!list || !add) return;
  const renumber = () => {
    list.querySelectorAll("fieldset.article").forEach((row, i) => {
      row.querySelector("legend").textContent = `Article ${i + 1}`;
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
    copy.querySelectorAll("input, textarea").forEach((f) => { f.value = ""; });
    list.appendChild(copy);
    renumber();
    copy.querySelector("input").focus();
  });
});
