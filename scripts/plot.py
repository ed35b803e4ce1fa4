#!/usr/bin/env python3
"""Plot a WijkSim results folder with pandas and matplotlib (optional; nothing needs it).

    python3 scripts/plot.py RESULTS_DIR [OUT.png]

A `run` folder (summary.csv, timeseries.csv): connection rate per request kind with 95%
intervals, and mean trust per week with its band. A `compare` folder (comparison.csv,
comparison-timeseries.csv): the paired difference in connection rate per variant with its
95% interval, and the weekly difference per variant. Reads the tidy CSV files as they are
(missing values are NA). Default OUT: RESULTS_DIR-plot.png beside the folder (not inside
it: a --force run of wijksim refuses to replace a folder holding files it did not write).
"""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

KINDS = ["question", "signal", "initiative", "conflict"]


def plot_run(folder: Path, axes):
    summary = pd.read_csv(folder / "summary.csv", na_values=["NA"]).set_index("metric")
    rows = summary.loc[[f"connection_rate_{k}" for k in KINDS]]
    mean = rows["mean"] * 100
    errors = [mean - rows["ci_low"] * 100, rows["ci_high"] * 100 - mean]
    axes[0].barh(KINDS, mean, xerr=errors, color="#56B4E9", edgecolor="#0072B2", capsize=4)
    axes[0].axvline(summary.loc["connection_rate_all", "mean"] * 100, color="#D55E00", linestyle="--", label="all kinds")
    axes[0].set_xlim(0, 100)
    axes[0].invert_yaxis()
    axes[0].set_xlabel("Share of requests that got a result (%)")
    axes[0].set_title("Connection rate per request kind (95% CI)")
    axes[0].legend()
    series = pd.read_csv(folder / "timeseries.csv", na_values=["NA"])
    trust = series[series.metric == "mean_trust"]
    axes[1].plot(trust.week, trust["mean"], color="#0072B2", label="mean trust")
    axes[1].fill_between(trust.week, trust.ci_low, trust.ci_high, color="#0072B2", alpha=0.2, label="95% CI")
    axes[1].set_ylim(0, 1)
    axes[1].set_xlabel("Week")
    axes[1].set_ylabel("Mean trust (0-1 scale)")
    axes[1].set_title("Residents' trust over the weeks")
    axes[1].legend()


def plot_compare(folder: Path, axes):
    comparison = pd.read_csv(folder / "comparison.csv", na_values=["NA"])
    rate = comparison[comparison.metric == "connection_rate_all"].sort_values("difference")
    difference = rate.difference * 100
    errors = [difference - rate.ci_low * 100, rate.ci_high * 100 - difference]
    axes[0].errorbar(difference, rate.variant, xerr=errors, fmt="s", color="#0072B2", capsize=4)
    axes[0].axvline(0, color="black")
    axes[0].set_xlabel("Difference in connection rate, percentage points (variant - base)")
    axes[0].set_title("Effect per variant (paired 95% CI)")
    series = pd.read_csv(folder / "comparison-timeseries.csv", na_values=["NA"])
    weekly = series[series.metric == "connection_rate"]
    styles = ["-", "--", ":", "-."]
    for index, (variant, rows) in enumerate(weekly.groupby("variant", sort=False)):
        line, = axes[1].plot(rows.week, rows.difference * 100, linestyle=styles[index % 4], label=variant)
        axes[1].fill_between(rows.week, rows.ci_low * 100, rows.ci_high * 100, color=line.get_color(), alpha=0.2)
    axes[1].axhline(0, color="black")
    axes[1].set_xlabel("Week")
    axes[1].set_ylabel("Difference, percentage points")
    axes[1].set_title("Weekly difference in connection rate")
    axes[1].legend()


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 64
    folder = Path(argv[1])
    out = Path(argv[2]) if len(argv) == 3 else folder.resolve().with_name(folder.resolve().name + "-plot.png")
    plt.rcParams["axes.prop_cycle"] = plt.cycler(color=["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00"])
    figure, axes = plt.subplots(1, 2, figsize=(13, 4.5), constrained_layout=True)
    if (folder / "comparison.csv").exists():
        plot_compare(folder, axes)
    elif (folder / "summary.csv").exists():
        plot_run(folder, axes)
    else:
        print(f"plot.py: '{folder}' holds neither summary.csv (run) nor comparison.csv (compare)", file=sys.stderr)
        return 66
    figure.savefig(out, dpi=110)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
