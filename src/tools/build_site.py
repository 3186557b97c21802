"""Build the course's static HTML site from the executed notebooks.

    python src/tools/build_site.py --executed target/executed --out target/site

Every notebook in the executed directory (``NN-name.ipynb``, chapter order =
file name order) becomes ``NN-name.html`` through the ``course`` nbconvert
template (src/site/templates/course), plus an ``index.html`` table of
contents. The site makes no network request: MathJax is vendored from npm
(pinned in src/site/package-lock.json) into ``assets/mathjax/`` and images
are embedded as data URIs.

Note for importers: this file shadows the standard library's ``site`` module
name, so load it by path (importlib) or as ``tools.site``, not ``import site``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

import jinja2  # installed with nbconvert
import nbformat
from markupsafe import Markup, escape  # installed with jinja2
from nbconvert import HTMLExporter
from nbconvert.preprocessors import CoalesceStreamsPreprocessor

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SITE_SRC = PROJECT_ROOT / "src" / "site"
TEMPLATES_DIR = SITE_SRC / "templates"
NPM_FILES = ("package.json", "package-lock.json")

COURSE_TITLE = "Deep Learning in Java"
COURSE_INTRO = (
    "A hands-on course that builds deep learning from the ground up in Java. "
    "Each chapter is a notebook, shown here with the output of its last run."
)
ASSET_PREFIX = "assets/"
CHAPTER_FILE = re.compile(r"^(\d+)-.+\.ipynb$")


class SiteError(RuntimeError):
    """The site cannot be built; the message says why and what to do."""


# --------------------------------------------------------------------------
# MathJax vendoring
# --------------------------------------------------------------------------

def vendor_mathjax(npm_dir: Path) -> Path:
    """Make sure MathJax is installed in ``npm_dir``; return its ``es5`` dir.

    ``npm ci`` runs only when tex-svg.js is missing or package.json /
    package-lock.json differ from the copies installed last time.
    """
    npm_dir.mkdir(parents=True, exist_ok=True)
    changed = False
    for name in NPM_FILES:
        src, dst = SITE_SRC / name, npm_dir / name
        if not dst.exists() or dst.read_bytes() != src.read_bytes():
            shutil.copyfile(src, dst)
            changed = True

    es5 = npm_dir / "node_modules" / "mathjax" / "es5"
    if changed or not (es5 / "tex-svg.js").is_file():
        npm = shutil.which("npm")
        if npm is None:
            raise SiteError(
                "npm was not found; it is needed once to vendor MathJax. "
                "Install Node.js with npm (Debian: apt-get install nodejs npm)."
            )
        proc = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund"],
            cwd=npm_dir, capture_output=True, text=True,
        )
        if proc.returncode != 0 or not (es5 / "tex-svg.js").is_file():
            # Forget the lock copy so that the next run retries the install.
            (npm_dir / "package-lock.json").unlink(missing_ok=True)
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
            raise SiteError(
                f"'npm ci' in {npm_dir} failed (exit {proc.returncode}); MathJax "
                "could not be vendored. It needs Node.js + npm and access to "
                f"the npm registry.\n{tail}"
            )
    return es5


def copy_mathjax(es5: Path, site_dir: Path) -> None:
    """Copy the MathJax files the pages load into ``site/assets/mathjax``."""
    dest = site_dir / ASSET_PREFIX / "mathjax"
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    shutil.copyfile(es5 / "tex-svg.js", dest / "tex-svg.js")
    # tex-svg.js loads some TeX packages on first use (e.g. \boldsymbol,
    # \cancel, \color) from input/tex/extensions/ next to itself.
    shutil.copytree(es5 / "input" / "tex" / "extensions",
                    dest / "input" / "tex" / "extensions")


# --------------------------------------------------------------------------
# Chapters
# --------------------------------------------------------------------------

def _strip_inline_markdown(text: str) -> str:
    """Plain text of a one-line markdown snippet: links and emphasis removed.

    Inline code keeps its backticks (the index renders it as <code>);
    underscores inside words (max_pool, $w_i$) are left alone.
    """
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1", text)
    return " ".join(text.split())


def chapter_heading(nb: nbformat.NotebookNode, name: str) -> tuple[str, str]:
    """Title and one-line description from the notebook's first markdown cell.

    Title: the first ``# `` heading. Description: the first paragraph after
    it (further headings are skipped).
    """
    cell = next((c for c in nb.cells if c.cell_type == "markdown"), None)
    if cell is None:
        raise SiteError(f"{name}: no markdown cell; the first one must start "
                        "with '# Chapter title' and a one-line description.")
    lines = cell.source.splitlines()
    for i, line in enumerate(lines):
        match = re.match(r"#\s+(.+?)\s*#*\s*$", line)
        if match:
            title, rest = _strip_inline_markdown(match.group(1)), lines[i + 1:]
            break
    else:
        raise SiteError(f"{name}: the first markdown cell has no '# Title' heading.")

    paragraph: list[str] = []
    for line in rest:
        if line.strip() and not line.lstrip().startswith("#"):
            paragraph.append(line.strip())
        elif paragraph:
            break
    if not paragraph:
        raise SiteError(f"{name}: no description paragraph after the "
                        f"'# {title}' heading in the first markdown cell.")
    return title, _strip_inline_markdown(" ".join(paragraph))


def load_chapters(executed_dir: Path) -> list[dict]:
    """Read every executed notebook, in file-name order, with its metadata."""
    paths = sorted(executed_dir.glob("*.ipynb"))
    if not paths:
        raise SiteError(f"no notebooks in {executed_dir}; run the notebook tests "
                        "first (they write the executed copies there).")
    chapters = []
    for path in paths:
        match = CHAPTER_FILE.match(path.name)
        if not match:
            raise SiteError(f"{path.name}: chapter notebooks must be named "
                            "NN-name.ipynb (number prefix sets the order).")
        nb = nbformat.read(path, as_version=4)
        title, description = chapter_heading(nb, path.name)
        chapters.append({
            "path": path,
            "notebook": nb,
            "number": int(match.group(1)),
            "href": path.stem + ".html",
            "title": title,
            "description": description,
        })
    return chapters


def render_chapter(exporter: HTMLExporter, chapters: list[dict], i: int) -> str:
    """HTML of chapter ``i`` with prev/next links to its neighbours."""
    chapter = chapters[i]

    def link(j: int) -> Optional[dict]:
        if 0 <= j < len(chapters):
            c = chapters[j]
            return {"href": c["href"], "title": c["title"]}
        return None

    nb = chapter["notebook"]
    # The lab template uses metadata.title for the page's <title>.
    # Chapter titles carry their number ("03 · Loss functions: ..."), so nothing is prefixed.
    nb.metadata["title"] = f"{chapter['title']} · {COURSE_TITLE}"
    resources = {
        "metadata": {"name": chapter["path"].stem, "path": str(chapter["path"].parent)},
        "course": {
            "index_href": "index.html",
            "asset_prefix": ASSET_PREFIX,
            "prev": link(i - 1),
            "next": link(i + 1),
        },
    }
    try:
        body, _ = exporter.from_notebook_node(nb, resources=resources)
    except Exception as exc:
        raise SiteError(f"{chapter['path'].name}: HTML conversion failed: {exc}") from exc
    return body


def _inline_code(text: str) -> Markup:
    """Escape ``text`` for HTML, showing `code` spans as <code>."""
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text))))


def render_index(chapters: list[dict]) -> str:
    """The contents page (template course/contents.html.j2)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR / "course")),
        autoescape=True,
    )
    env.filters["inline_code"] = _inline_code
    # Load MathJax only if some title or description holds TeX.
    has_math = any(re.search(r"\$|\\\(", c["title"] + c["description"]) for c in chapters)
    return env.get_template("contents.html.j2").render(
        course_title=COURSE_TITLE,
        intro=COURSE_INTRO,
        chapters=chapters,
        asset_prefix=ASSET_PREFIX,
        has_math=has_math,
    )


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

def build_site(executed_dir: Path, site_dir: Path, npm_dir: Path) -> dict:
    """Build the static site; return a summary.

    Returns ``{"site_dir", "pages" (file names, index.html last), "chapters"
    (number/title/description/href), "seconds"}``. Raises SiteError with an
    actionable message when notebooks, npm or the conversion are at fault.
    """
    start = time.perf_counter()
    executed_dir, site_dir, npm_dir = Path(executed_dir), Path(site_dir), Path(npm_dir)

    chapters = load_chapters(executed_dir)
    es5 = vendor_mathjax(npm_dir)

    site_dir.mkdir(parents=True, exist_ok=True)
    # Pages of notebooks that were renamed or removed must not linger.
    for old in site_dir.glob("*.html"):
        old.unlink()
    copy_mathjax(es5, site_dir)

    exporter = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        template_name="course",
        embed_images=True,  # markdown images too, not only image outputs
    )
    # The kernel sends printed text in many small messages; without this each becomes its own box.
    exporter.register_preprocessor(CoalesceStreamsPreprocessor(enabled=True), enabled=True)
    pages = []
    for i, chapter in enumerate(chapters):
        (site_dir / chapter["href"]).write_text(
            render_chapter(exporter, chapters, i), encoding="utf-8")
        pages.append(chapter["href"])
    (site_dir / "index.html").write_text(render_index(chapters), encoding="utf-8")
    pages.append("index.html")

    return {
        "site_dir": str(site_dir),
        "pages": pages,
        "chapters": [
            {k: c[k] for k in ("number", "title", "description", "href")}
            for c in chapters
        ],
        "seconds": round(time.perf_counter() - start, 2),
    }


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build the static course site from executed notebooks. "
                    "Defaults are under the project root; explicit paths are "
                    "relative to the current directory.")
    parser.add_argument("--executed", type=Path, default=PROJECT_ROOT / "target" / "executed",
                        help="directory of executed NN-name.ipynb (default: target/executed)")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "target" / "site",
                        help="site output directory (default: target/site)")
    parser.add_argument("--npm-dir", type=Path, default=PROJECT_ROOT / "target" / "npm",
                        help="where MathJax is installed with npm (default: target/npm)")
    args = parser.parse_args(argv)
    try:
        summary = build_site(args.executed, args.out, args.npm_dir)
    except SiteError as exc:
        print(f"site: error: {exc}", file=sys.stderr)
        return 1
    print(f"site: wrote index + {len(summary['chapters'])} chapter page(s) "
          f"to {summary['site_dir']} in {summary['seconds']:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
