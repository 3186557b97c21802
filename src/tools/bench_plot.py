"""Draws bench/cost-growth.png from bench/results.json; run by `./course bench` with bench/.venv-torch's Python."""
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

PANELS = (("batch", "batch size (hidden widths 256, 128)"), ("width", "first hidden layer width w (batch 64)"))


def main(results_path, png_path):
    growth = json.loads(open(results_path).read())["growth"]
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.6), dpi=110)
    thousands = FuncFormatter(lambda y, _: f"{y / 1000:g}k" if y >= 1000 else f"{y:g}")
    for ax, (kind, label) in zip(axes, PANELS):
        xs = [p[kind] for p in growth[kind]]
        for name, style, shown in (("dl4j", "o-", "DL4J"), ("pytorch", "s--", "PyTorch")):
            ax.plot(xs, [p[name] for p in growth[kind]], style, label=shown)
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xticks(xs, [str(x) for x in xs])
        ax.yaxis.set_major_formatter(thousands)
        ax.yaxis.set_minor_formatter(thousands)
        ax.tick_params(axis="y", which="both", labelsize=8)
        ax.set_xlabel(label)
        ax.set_ylabel("training samples / s")
        ax.grid(True, which="both", alpha=0.3)
    axes[0].legend()
    threads = growth.get("threads", "?")
    fig.suptitle(f"How training cost grows: MLP 784-w-w/2-10 on Fashion-MNIST, {threads} thread(s)")
    fig.tight_layout()
    fig.savefig(png_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
