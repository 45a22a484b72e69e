"""The pull-request workflow, run as GitHub runs it: its `run:` steps as written, in order.

Each run starts from a fresh clone of this repository, adds an editor's pull request (a new
article in both languages) as a commit, and runs the steps of `.github/workflows/pr.yml` with
bash, with `GITHUB_STEP_SUMMARY` pointing at a file and the `${{ }}` expressions the steps use
filled in as GitHub fills them. A step's `if:` decides as on GitHub: without one a step runs only
while every step before it succeeded; `${{ !cancelled() }}` runs it whatever failed before.

What this test does not run, and why (SKIPPED_STEPS, each checked to exist in the workflow, so a
renamed step fails here): the steps that `uses:` an action (checkout is the fresh clone; the
cache and the uploads are GitHub's own: an upload step is checked to find its folder), and three
heavy `run:` steps that other tests already cover: `make lint` (CI runs it itself), `make site`
(`tests/test_real_site.py` builds the real site strictly) and `make test` (this test is part of
it). The clone uses this checkout's installed `.venv` instead of installing again.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import REPO
from PIL import Image

WORKFLOW = REPO / ".github" / "workflows" / "pr.yml"
SKIPPED_STEPS = {
    "Check the code's style and the workflows": "make lint: CI runs it before the tests",
    "Build the site strictly": "make site: tests/test_real_site.py builds the real site strictly",
    "Run the tests": "make test: this test is one of them",
}
PREVIEW_URL = "https://preview.invalid/artifacts/1"

ARTICLE_NL = """\
---
title: Een nieuw artikel van de redactie
summary: Een korte samenvatting voor de lijsten.
date: 2026-11-30
authors: [Redactie]
themes: [work]
---

Dit is de tekst van het nieuwe artikel. {extra}
"""
ARTICLE_EN = """\
---
title: A new article by the editors
summary: A short summary for the listings.
---

This is the text of the new article.
"""

needs_browser = pytest.mark.skipif(not Path("/usr/bin/chromium").exists()
                                   and not os.environ.get("MAGAZINE_REQUIRE_BROWSER"),
                                   reason="needs /usr/bin/chromium for the screenshots")


def workflow_steps() -> list[dict[str, Any]]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    (job,) = workflow["jobs"].values()
    return job["steps"]


def job_env() -> dict[str, str]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    (job,) = workflow["jobs"].values()
    return job.get("env", {})


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout.strip()


def fill(value: str, expressions: dict[str, str]) -> str:
    """A value with its `${{ ... }}` filled in as GitHub would; an unknown one fails the test."""
    def replace(match: re.Match[str]) -> str:
        expression = match.group(1).strip()
        assert expression in expressions, f"the test does not know ${{{{ {expression} }}}}"
        return expressions[expression]
    return re.sub(r"\$\{\{(.*?)\}\}", replace, str(value))


def run_pull_request(clone: Path, cache: Path, summary: Path) -> dict[str, Any]:
    """Run pr.yml's steps in `clone`; what each did, by step name."""
    base = git(clone, "rev-parse", "HEAD~1")
    expressions = {
        "github.event.pull_request.base.sha": base,
        "steps.preview.outputs.artifact-url": PREVIEW_URL,
    }
    env = {**os.environ, "GITHUB_STEP_SUMMARY": str(summary), "MAGAZINE_CACHE": str(cache),
           "CI": "true"}
    env.pop("GITHUB_ACTIONS", None)  # setup-system would then change git's global settings
    env.update({name: fill(value, expressions) for name, value in job_env().items()})
    results: dict[str, Any] = {}
    failed = False
    for step in workflow_steps():
        name = step.get("name") or step.get("uses", "")
        condition = step.get("if")
        assert condition in (None, "${{ !cancelled() }}"), f"teach the test `if: {condition}`"
        if failed and condition is None:
            results[name] = "not run"
            continue
        if name in SKIPPED_STEPS:
            results[name] = "skipped"
            continue
        if "uses" in step:
            if step["uses"].startswith("actions/upload-artifact@"):
                results[name] = (clone / step["with"]["path"]).is_dir()
            continue
        step_env = {**env, **{k: fill(v, expressions) for k, v in step.get("env", {}).items()}}
        done = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=clone, env=step_env,
                              capture_output=True, text=True)
        results[name] = done
        failed = failed or done.returncode != 0
    return results


@pytest.fixture(scope="module")
def pull_requests(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple]]:
    """Two pull requests, run through the workflow: one with a content error, one without."""
    cache = tmp_path_factory.mktemp("workflow-cache")  # shared: the second build is a warm one
    runs = {}
    for kind, extra in (("error", "Lees [het stuk](../essays/bestaat-niet.md)."), ("clean", "")):
        folder = tmp_path_factory.mktemp(f"pr-{kind}")
        clone = folder / "repo"
        git(folder, "clone", "--quiet", "--no-checkout", str(REPO), str(clone))
        git(clone, "checkout", "--quiet", git(REPO, "rev-parse", "HEAD"))  # this branch's commit
        # The installed .venv of this checkout, older than the clone's pyproject.toml never is.
        (clone / ".venv").symlink_to(REPO / ".venv")
        os.utime(clone / "pyproject.toml", (0, 0))
        (clone / "essays" / "een-nieuw-artikel.md").write_text(
            ARTICLE_NL.format(extra=extra), encoding="utf-8")
        (clone / "essays" / "een-nieuw-artikel.en.md").write_text(ARTICLE_EN, encoding="utf-8")
        git(clone, "add", "essays")
        git(clone, "-c", "user.name=Editor", "-c", "user.email=editor@example.org",
            "commit", "--quiet", "-m", "A new article")
        summary = folder / "summary.md"
        runs[kind] = (clone, run_pull_request(clone, cache, summary), summary)
    yield runs
    for clone, _, _ in runs.values():
        shutil.rmtree(clone, ignore_errors=True)


def test_every_skipped_step_is_in_the_workflow():
    names = {step.get("name") for step in workflow_steps()}
    assert set(SKIPPED_STEPS) <= names


def test_the_workflow_checks_then_previews_then_builds():
    names = [step.get("name", "") for step in workflow_steps()]
    check = names.index("Check the content (file, line and fix for each problem)")
    preview = names.index("Build the preview that opens without a web server")
    shots = names.index("Take screenshots of the changed articles")
    assert check < preview < shots < names.index("Build the site strictly") < names.index(
        "Run the tests")


def load(name: str) -> dict[str, Any]:
    return yaml.safe_load((REPO / ".github" / "workflows" / name).read_text(encoding="utf-8"))


def test_only_the_deploy_job_may_write_to_pages():
    for name in ("pr.yml", "deploy.yml", "audit.yml"):
        workflow = load(name)
        assert workflow["permissions"] == {}, name  # nothing unless a job asks
        for job_name, job in workflow["jobs"].items():
            rights = job.get("permissions", {})
            if (name, job_name) == ("deploy.yml", "deploy"):
                assert rights == {"pages": "write", "id-token": "write"}
            else:
                assert rights == {"contents": "read"}, (name, job_name)


def test_the_audit_never_runs_on_a_content_only_pull_request():
    triggers = load("audit.yml")[True]  # YAML 1.1 reads the key `on` as true
    assert "schedule" in triggers
    assert set(triggers["pull_request"]["paths"]) >= {"pyproject.toml"}
    assert not any(path.startswith(("essays", "interviews", "practices", "docs"))
                   for path in triggers["pull_request"]["paths"])
    assert "pip-audit" not in WORKFLOW.read_text() and "pip-audit" not in (
        REPO / ".github/workflows/deploy.yml").read_text()


def test_every_workflow_sets_up_the_system_with_the_one_script():
    for name in ("pr.yml", "deploy.yml"):
        runs = [step.get("run") for job in load(name)["jobs"].values() for step in job["steps"]]
        assert ".ci/setup-system" in runs, name
    assert ".ci/setup-system" in (REPO / ".ci/run").read_text()


def test_a_pull_request_never_saves_a_cache_entry_that_main_reads():
    def cache_steps(name: str, action: str) -> list[dict[str, Any]]:
        return [step["with"] for job in load(name)["jobs"].values() for step in job["steps"]
                if step.get("uses", "").startswith(f"actions/cache/{action}@")]
    (pr_save,) = cache_steps("pr.yml", "save")
    (main_restore,) = cache_steps("deploy.yml", "restore")
    main_prefixes = [main_restore["key"], *main_restore["restore-keys"].split()]
    assert pr_save["key"].startswith("build-pr-${{ github.event.pull_request.number }}-")
    assert all(prefix.startswith("build-main-") for prefix in main_prefixes)
    assert not any(pr_save["key"].startswith(prefix) for prefix in main_prefixes)
    (pr_restore,) = cache_steps("pr.yml", "restore")
    assert "build-main-" in pr_restore["restore-keys"].split()  # a warm build from main's
    # "build-main-" entries are saved on main only; a run started by hand elsewhere saves none.
    (main_save,) = [step for job in load("deploy.yml")["jobs"].values() for step in job["steps"]
                    if step.get("uses", "").startswith("actions/cache/save@")]
    assert main_save["with"]["key"].startswith("build-main-")
    assert main_save["if"] == "${{ github.ref == 'refs/heads/main' }}"
    assert load("deploy.yml")[True]["push"] == {"branches": ["main"]}


def test_no_workflow_runs_a_pull_requests_content_in_mains_cache_scope():
    """GitHub keeps a cache entry to the branch that saved it, so a pull request's entries never
    reach main, whatever their key, unless a workflow runs the pull request's content on main's
    behalf: `pull_request_target` and `workflow_run` run with the default branch's caches."""
    for workflow in sorted((REPO / ".github/workflows").glob("*.yml")):
        triggers = load(workflow.name)[True]
        assert not {"pull_request_target", "workflow_run"} & set(triggers), workflow.name


def screenshot_widths(clone: Path) -> dict[str, int]:
    widths = {}
    for shot in (clone / "changed-screenshots").glob("*.png"):
        with Image.open(shot) as image:
            widths[shot.name] = image.size[0]
    return widths


EXPECTED_SHOTS = {f"essays-een-nieuw-artikel-{lang}-{width}.png": width
                  for lang in ("nl", "en") for width in (390, 1280)}


def assert_screenshots(clone: Path) -> None:
    """One screenshot per language and width, each as wide as its window: no page of the preview
    is wider than the screen (its language menu once reached 31 px past a phone's edge)."""
    widths = screenshot_widths(clone)
    assert sorted(widths) == sorted(EXPECTED_SHOTS)
    assert widths == EXPECTED_SHOTS


@needs_browser
def test_a_content_error_is_annotated_and_previewed(pull_requests):
    clone, results, summary = pull_requests["error"]
    check = results["Check the content (file, line and fix for each problem)"]
    assert check.returncode != 0
    assert re.search(r"^::error file=essays/een-nieuw-artikel\.md,line=\d+,", check.stdout, re.M)
    # After the failed check the preview, the list and the screenshots are still made...
    for name in ("Build the preview that opens without a web server",
                 "Take screenshots of the changed articles",
                 "List the changed articles and their pages in the preview"):
        assert results[name].returncode == 0, results[name].stderr[-2000:]
    assert results["Attach the preview"] is True
    # ...but the build and the tests wait for the content to be right.
    assert results["Build the site strictly"] == "not run"
    assert results["Run the tests"] == "not run"
    page = BeautifulSoup((clone / "preview/essays/een-nieuw-artikel.html").read_text(), "html.parser")
    banner = page.select_one(".mz-problems")
    assert banner is not None and "bestaat-niet" in banner.get_text()
    assert "wijst naar geen artikel" in banner.get_text()  # the page's language
    english = BeautifulSoup((clone / "preview/en/essays/een-nieuw-artikel.html").read_text(),
                            "html.parser").select_one(".mz-problems")
    assert "leads to no article" in english.get_text()
    text = summary.read_text(encoding="utf-8")
    assert "essays/een-nieuw-artikel.md" in text and "bestaat-niet" in text
    assert "### Controle van de inhoud: 17 artikelen gecontroleerd: 1 fout" in text
    assert f"[Download het voorbeeld]({PREVIEW_URL})" in text  # the magazine's language
    assert "`essays/een-nieuw-artikel.html` | `en/essays/een-nieuw-artikel.html`" in text
    assert_screenshots(clone)


@needs_browser
def test_a_clean_pull_request_goes_through_every_step(pull_requests):
    clone, results, summary = pull_requests["clean"]
    for name, result in results.items():
        if isinstance(result, subprocess.CompletedProcess):
            assert result.returncode == 0, (name, result.stdout[-2000:], result.stderr[-2000:])
    assert results["Run the tests"] == "skipped"
    check = results["Check the content (file, line and fix for each problem)"]
    assert "::error" not in check.stdout
    text = summary.read_text(encoding="utf-8")
    assert "0 fouten" in text
    assert "Een nieuw artikel van de redactie" in text
    page = BeautifulSoup((clone / "preview/en/essays/een-nieuw-artikel.html").read_text(),
                         "html.parser")
    assert page.select_one(".mz-problems") is None
    assert page.h1 is not None and "A new article by the editors" in page.h1.get_text()
    assert_screenshots(clone)
