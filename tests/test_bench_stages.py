"""bench/stages.py times the functions summarizer.pipeline calls, by name: the names must be
the pipeline's, or the bench fails (as it did when `events.day` gave way to `events.moment`).
(No time is asserted here.)"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import stages  # noqa: E402

from summarizer import pipeline

# what pipeline imports and calls but the stages leave to "other": building the response
# (baselines, caveats) and helpers that only wrapped functions call
NOT_STAGED = {"sumy_ranking", "event_list", "other_story", "warnings", "by_names_alone",
              "stated_by"}


def test_every_staged_name_is_a_function_the_pipeline_calls() -> None:
    staged = [name for names in stages.STAGES.values() for name in names]
    assert [name for name in staged if not callable(getattr(pipeline, name, None))] == []
    assert len(staged) == len(set(staged))


def test_every_function_the_pipeline_imports_is_staged_or_said_not_to_be() -> None:
    staged = {name for names in stages.STAGES.values() for name in names}
    imported = {name for name, value in vars(pipeline).items()
                if inspect.isfunction(value) and value.__module__.startswith("summarizer.")
                and value.__module__ != pipeline.__name__}
    assert imported - staged - NOT_STAGED == set()


def test_a_run_times_every_stage_and_restores_the_pipeline(seed_request: dict) -> None:
    before = {name: getattr(pipeline, name) for names in stages.STAGES.values() for name in names}
    spent: dict[str, float] = {}
    assert stages.one_run(seed_request, spent) > 0
    assert set(spent) == set(stages.COLUMNS)
    assert spent["split"] > 0 and spent["clean"] > 0
    assert {name: getattr(pipeline, name) for name in before} == before
