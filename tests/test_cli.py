"""The command line: formats, batches, bad input, and `python -m summarizer` in a clean process."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from contract import check_response, without_timing
from stories import bridge_articles, seed_articles

from summarizer import METHODS
from summarizer.cli import main


def run(capsys: pytest.CaptureFixture[str], argv: list[str],
        stdin: str | None = None, monkeypatch: pytest.MonkeyPatch | None = None,
        ) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("summarizer: error:"), err
    return lines[0]


@pytest.fixture
def seed_json(capsys: pytest.CaptureFixture[str], seed_folder: Path) -> dict[str, Any]:
    code, out, err = run(capsys, ["--format", "json", str(seed_folder)])
    assert code == 0, err
    return json.loads(out)


def test_json_format_on_the_corpus_folder(seed_json: dict[str, Any]) -> None:
    check_response({"articles": seed_articles()}, seed_json)
    assert seed_json["brief"]


def test_markdown_has_numbered_sentences_and_source_notes(
        capsys: pytest.CaptureFixture[str], seed_folder: Path, seed_json: dict[str, Any]) -> None:
    code, out, _ = run(capsys, ["--format", "markdown", str(seed_folder)])
    assert code == 0
    brief = seed_json["brief"]
    numbered = [line for line in out.splitlines() if re.match(r"\d+\. ", line)]
    assert [int(line.split(".")[0]) for line in numbered] == list(range(1, len(brief) + 1))
    for line, item in zip(numbered, brief, strict=True):
        assert f"{item['support']} of {len(seed_json['articles'])} sources" in line
    used = set(re.findall(r"\[\^(\d+)\](?!:)", out))
    defined = set(re.findall(r"^\[\^(\d+)\]:", out, flags=re.MULTILINE))
    assert used == defined
    assert len(defined) == sum(a["cited"] for a in seed_json["articles"])
    for article in seed_json["articles"]:
        if article["cited"]:
            assert re.search(rf"^\[\^\d+\]: {re.escape(article['source'])}", out, re.MULTILINE)


def test_html_format_lists_the_brief(
        capsys: pytest.CaptureFixture[str], seed_folder: Path, seed_json: dict[str, Any]) -> None:
    code, out, _ = run(capsys, ["--format", "html", str(seed_folder)])
    assert code == 0
    sentences = out.split('<ol class="brief-sentences">')[1].split("</ol>")[0]
    assert sentences.count("<li>") == len(seed_json["brief"])
    assert "<html" not in out  # a fragment to embed, not a page


def test_text_format_is_one_line_per_sentence(
        capsys: pytest.CaptureFixture[str], seed_folder: Path, seed_json: dict[str, Any]) -> None:
    code, out, _ = run(capsys, ["--format", "text", str(seed_folder)])
    assert code == 0
    brief, _, quotes = out.partition("\n\nWho said what\n")
    lines = brief.splitlines()
    assert len(lines) == len(seed_json["brief"])
    for line, item in zip(lines, seed_json["brief"], strict=True):
        assert line.startswith(item["text"])
    assert len(quotes.splitlines()) == len(seed_json["quotes"])  # one line per quotation


def write_folder(folder: Path, articles: list[dict[str, Any]]) -> Path:
    """A corpus-style folder: one .txt file per article and a manifest listing them."""
    folder.mkdir()
    listed = []
    for k, article in enumerate(articles):
        name = f"{k:02d}.txt"
        (folder / name).write_text(article["text"], encoding="utf-8")
        listed.append({"file": name, **{f: article[f] for f in article if f != "text"}})
    (folder / "manifest.json").write_text(json.dumps({"articles": listed}), encoding="utf-8")
    return folder


def test_html_escapes_article_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = ("Hackers posted <script>alert('pwned')</script> on the Millford city website on "
            "Tuesday, the police said.\nThe city took the website offline for two days.")
    folder = write_folder(tmp_path / "set", [
        {"id": "x", "title": "<b>Hack</b>", "source": "<img src=x onerror=alert(1)>",
         "url": "javascript:alert(1)", "text": text},
    ])
    code, out, _ = run(capsys, ["--format", "html", "--method", "luhn", "--sentences", "5",
                                str(folder)])
    assert code == 0
    assert "&lt;script&gt;alert(" in out
    assert "<script" not in out.lower()
    assert "<img" not in out and "<b>" not in out
    assert 'href="javascript' not in out


def test_folder_of_plain_files_without_manifest(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for article in bridge_articles():
        (tmp_path / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not,an,article", encoding="utf-8")
    code, out, _ = run(capsys, ["--words", "60", str(tmp_path)])
    assert code == 0
    response = json.loads(out)
    assert sorted(a["id"] for a in response["articles"]) == ["courier", "herald", "wire"]
    assert sum(len(item["text"].split()) for item in response["brief"]) <= 60


def test_request_json_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    req = {"articles": bridge_articles(), "length": {"sentences": 3}, "method": "sumbasic"}
    path = tmp_path / "request.json"
    path.write_text(json.dumps(req), encoding="utf-8")
    code, out, _ = run(capsys, [str(path)])
    assert code == 0
    response = json.loads(out)
    check_response(req, response)
    assert response["method"] == "sumbasic"


def test_command_line_options_override_the_request_file(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "request.json"
    path.write_text(json.dumps({"articles": bridge_articles(), "length": {"sentences": 6}}),
                    encoding="utf-8")
    code, out, _ = run(capsys, ["--characters", "200", "--method", "lsa", str(path)])
    assert code == 0
    response = json.loads(out)
    check_response({"articles": bridge_articles(), "length": {"characters": 200},
                    "method": "lsa"}, response)


def test_request_on_standard_input(capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    req = {"articles": bridge_articles(), "length": {"words": 50}}
    code, out, _ = run(capsys, [], stdin=json.dumps(req), monkeypatch=monkeypatch)
    assert code == 0
    check_response(req, json.loads(out))


BAD_LINES = {
    "invalid JSON": '{"articles": [',
    "bad request": json.dumps({"articles": [], "method": "clustered"}),
    "not an object": json.dumps([{"text": "The bridge fell into the river on Tuesday."}]),
    "unknown method": json.dumps({"articles": bridge_articles(), "method": "gpt"}),
}


@pytest.mark.parametrize("bad", BAD_LINES.values(), ids=BAD_LINES.keys())
def test_jsonl_batch_answers_every_line_in_order(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, bad: str) -> None:
    good_1 = {"articles": bridge_articles(), "length": {"sentences": 2}}
    good_2 = {"articles": bridge_articles()[1:], "length": {"words": 40}, "method": "luhn"}
    path = tmp_path / "requests.jsonl"
    path.write_text("\n".join([json.dumps(good_1), bad, json.dumps(good_2)]) + "\n",
                    encoding="utf-8")
    code, out, err = run(capsys, ["--jsonl", str(path)])
    assert code == 2
    lines = out.splitlines()
    assert len(lines) == 3
    first, middle, last = (json.loads(line) for line in lines)
    check_response(good_1, first)
    check_response(good_2, last)
    assert set(middle) == {"error"}
    assert {"code", "message", "field"} <= set(middle["error"])
    assert middle["error"]["message"]
    assert len(err.splitlines()) == 1 and "line 2" in err


def test_jsonl_batch_on_standard_input(capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    reqs = [{"articles": bridge_articles(), "method": method, "length": {"sentences": 2}}
            for method in ("clustered", "textrank")]
    stdin = "".join(json.dumps(r) + "\n" for r in reqs)
    code, out, err = run(capsys, ["--jsonl"], stdin=stdin, monkeypatch=monkeypatch)
    assert code == 0, err
    responses = [json.loads(line) for line in out.splitlines()]
    assert [r["method"] for r in responses] == ["clustered", "textrank"]
    for req, response in zip(reqs, responses, strict=True):
        check_response(req, response)


@pytest.mark.parametrize("stdin", ["", "{not json", "[1, 2]", '{"articles": "none"}',
                                   json.dumps({"articles": [{"text": "x y z."}],
                                               "method": "gpt"})])
def test_bad_request_on_stdin_exits_2_with_one_line(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: str) -> None:
    code, out, err = run(capsys, [], stdin=stdin, monkeypatch=monkeypatch)
    assert code == 2
    assert out == ""
    one_error_line(err)


def test_unknown_method_in_request_names_the_methods(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    req = json.dumps({"articles": bridge_articles(), "method": "gpt"})
    code, _, err = run(capsys, [], stdin=req, monkeypatch=monkeypatch)
    assert code == 2
    assert all(method in one_error_line(err) for method in METHODS)


@pytest.mark.parametrize("name", ["missing.txt", "missing.json", "missing-folder"])
def test_missing_file_exits_2_with_one_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str) -> None:
    code, out, err = run(capsys, [str(tmp_path / name)])
    assert code == 2 and out == ""
    assert name in one_error_line(err)


def test_missing_jsonl_file_exits_2_with_one_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, ["--jsonl", str(tmp_path / "none.jsonl")])
    assert code == 2 and out == ""
    one_error_line(err)


def test_folder_without_articles_exits_2_with_one_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b", encoding="utf-8")
    code, out, err = run(capsys, [str(tmp_path)])
    assert code == 2 and out == ""
    one_error_line(err)


def test_invalid_request_file_exits_2_with_one_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "request.json"
    path.write_text('{"articles": [{"text": "The bridge fell."}], "length": {"words": 0}}',
                    encoding="utf-8")
    code, out, err = run(capsys, [str(path)])
    assert code == 2 and out == ""
    assert "length.words" in one_error_line(err)


@pytest.mark.parametrize("manifest", ['{"articles": [', '{"articles": [{"id": "x"}]}',
                                      '{"articles": "a.txt"}', '["a.txt"]'],
                         ids=["invalid JSON", "no file", "not a list", "not an object"])
def test_malformed_manifest_exits_2_with_one_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, manifest: str) -> None:
    (tmp_path / "a.txt").write_text("The bridge fell into the river on Tuesday.",
                                    encoding="utf-8")
    (tmp_path / "manifest.json").write_text(manifest, encoding="utf-8")
    code, out, err = run(capsys, [str(tmp_path)])
    assert code == 2 and out == ""
    one_error_line(err)


@pytest.mark.parametrize("argv", [[], ["--jsonl"]])
def test_lone_surrogate_in_request_is_served_or_rejected(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        argv: list[str]) -> None:
    stdin = '{"articles": [{"text": "The bridge \\ud800 fell into the river on Tuesday."}]}\n'
    code, out, err = run(capsys, argv, stdin=stdin, monkeypatch=monkeypatch)
    if code == 0:
        assert json.loads(out)["brief"]
    else:
        assert code == 2
        assert len(err.splitlines()) == 1


@pytest.mark.parametrize("option", ["--sentences", "--words", "--characters"])
def test_non_positive_length_option_exits_2_with_one_line(
        capsys: pytest.CaptureFixture[str], seed_folder: Path, option: str) -> None:
    code, out, err = run(capsys, [option, "0", str(seed_folder)])
    assert code == 2 and out == ""
    assert option in one_error_line(err)


@pytest.mark.parametrize("argv", [["--method", "gpt"], ["--format", "pdf"],
                                  ["--sentences", "3", "--words", "50"]])
def test_bad_options_exit_2(capsys: pytest.CaptureFixture[str], seed_folder: Path,
                            argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*argv, str(seed_folder)])
    assert exited.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines()[-1].startswith("summarizer: error:")


def python_m_summarizer(args: list[str], tmp_path: Path, stdin: str = "",
                        hash_seed: str = "0") -> subprocess.CompletedProcess[str]:
    """`python -m summarizer` in a fresh process that has no NLTK data to find."""
    empty = tmp_path / "nltk_data"
    empty.mkdir(exist_ok=True)
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(tmp_path),
           "PYTHONHASHSEED": hash_seed}
    return subprocess.run([sys.executable, "-m", "summarizer", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=300, check=False,
                          cwd=tmp_path)


def test_python_m_summarizer_without_nltk_data(seed_folder: Path, tmp_path: Path) -> None:
    """A folder and the same articles as a JSON request give one response, whatever the hash
    seed of the process, with no NLTK data installed and nothing downloaded."""
    from_folder = python_m_summarizer([str(seed_folder)], tmp_path, hash_seed="1")
    assert from_folder.returncode == 0, from_folder.stderr
    assert from_folder.stderr == ""
    req = {"articles": seed_articles()}
    from_stdin = python_m_summarizer([], tmp_path, stdin=json.dumps(req), hash_seed="2")
    assert from_stdin.returncode == 0, from_stdin.stderr
    first, second = json.loads(from_folder.stdout), json.loads(from_stdin.stdout)
    check_response(req, first)
    assert without_timing(first) == without_timing(second)
    assert list((tmp_path / "nltk_data").iterdir()) == []


def test_python_m_summarizer_bad_input_exits_2(tmp_path: Path) -> None:
    done = python_m_summarizer(["--format", "text"], tmp_path, stdin="{oops")
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and "not valid JSON" in done.stderr


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_warnings_go_to_stderr_beside_a_text_brief(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path, fmt: str) -> None:
    lone = tmp_path / "lone.txt"
    lone.write_text("The Harbor Bridge in Millford collapsed into the Grey River on Tuesday, "
                    "killing four people. Rescue crews pulled 11 survivors from the water.\n",
                    encoding="utf-8")
    code, out, err = run(capsys, ["--format", fmt, str(lone)])
    assert code == 0 and "Harbor Bridge" in out
    assert "summarizer: warning: Only one article gave sentences" in err


def test_a_json_brief_keeps_its_warnings_to_itself(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    lone = tmp_path / "lone.txt"
    lone.write_text("The Harbor Bridge in Millford collapsed into the Grey River on Tuesday, "
                    "killing four people.\n", encoding="utf-8")
    code, out, err = run(capsys, [str(lone)])
    assert code == 0 and err == ""
    assert "single_article" in [w["code"] for w in json.loads(out)["warnings"]]
