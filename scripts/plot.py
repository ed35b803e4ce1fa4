#!/usr/bin/env python3
"""Plot a WijkSim results folder with pandas and matplotlib (optional; nothing needs it).

    python3 scripts/plot.py RESULTS_DIR [OUT.png]

A `run` folder (summary.csv, timeseries.csv): connection rate per request kind with 95%
intervals, and mean trust per week with its band. A `compare` folder (comparison.csv,
comparison-timeseries.csv): the paired difference in connection rate per variant with its
95% interval, and the weekly difference per variant. With units-summary.csv (written unless
--units off) a second row: the connection rate per neighbourhood with 95% intervals, sorted,
and the utilisation of each connector and department (hours used / available) with 95%
intervals, per scenario. A `sweep` (or merge) folder (points.csv): the connection rate of every
point against the parameter ranked first in sensitivity.csv (else the first varied one), and
with units-summary.csv the same two unit charts for the points with the lowest and the highest
mean connection rate. Reads the tidy CSV files as they are (missing values are NA). Default
OUT: RESULTS_DIR-plot.png beside the folder (not inside it: a --force run of wijksim refuses
to replace a folder holding files it did not write).
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


def read_units(folder: Path):
    """units-summary.csv, or None when the folder was written with --units off."""
    path = folder / "units-summary.csv"
    return pd.read_csv(path, na_values=["NA"], keep_default_na=False) if path.exists() else None


def offsets(count: int, width: float = 0.7):
    """Vertical offsets of `count` series around each category's position."""
    if count == 1:
        return [0.0]
    step = width / count
    return [-width / 2 + step / 2 + index * step for index in range(count)]


def plot_unit_rates(units, axis, group: str, groups, labels):
    """Connection rate per neighbourhood with its 95% CI, one marker per group (scenario or
    point), neighbourhoods sorted by the first group's rate."""
    rates = units[(units.unit_type == "neighbourhood") & (units.metric == "connection_rate")]
    first = rates[rates[group] == groups[0]].sort_values("mean")
    order = list(dict.fromkeys(list(first.unit) + list(rates[rates[group].isin(groups)].unit)))
    markers = ["o", "s", "D", "^", "v"]
    for index, (value, offset) in enumerate(zip(groups, offsets(len(groups)))):
        rows = rates[rates[group] == value].set_index("unit").reindex(order)
        y = [position + offset for position in range(len(order))]
        mean = rows["mean"] * 100
        errors = [mean - rows.ci_low * 100, rows.ci_high * 100 - mean]
        axis.errorbar(mean, y, xerr=errors, fmt=markers[index % len(markers)], capsize=3, label=labels[index])
    axis.set_yticks(range(len(order)))
    axis.set_yticklabels(order)
    axis.set_xlim(0, 100)
    axis.set_xlabel("Share of the neighbourhood's requests that got a result (%)")
    axis.set_title("Connection rate per neighbourhood (95% CI)")
    if len(groups) > 1:
        axis.legend(fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=len(groups))


def plot_unit_utilisation(units, axis, group: str, groups, labels):
    """Utilisation (hours used / hours available) of every connector and department with its
    95% CI, one bar per group; units never in post (NA) are left out."""
    rows = units[units.unit_type.isin(["connector", "department"]) & (units.metric == "utilisation")]
    shown = rows[rows[group].isin(groups)].dropna(subset=["mean"])
    keys = sorted(dict.fromkeys(zip(shown.unit_type, shown.unit)), key=lambda key: key[0] != "connector")
    names = [f"{'connector' if kind == 'connector' else 'dept.'}: {unit}" for kind, unit in keys]
    colours = ["#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#0072B2"]
    height = 0.7 / len(groups)
    for index, (value, offset) in enumerate(zip(groups, offsets(len(groups)))):
        these = rows[rows[group] == value].set_index(["unit_type", "unit"]).reindex(keys)
        mean = these["mean"] * 100
        errors = [(mean - these.ci_low * 100).fillna(0), (these.ci_high * 100 - mean).fillna(0)]
        y = [position + offset for position in range(len(keys))]
        axis.barh(y, mean, height=height, xerr=errors, color=colours[index % len(colours)], capsize=3,
                  label=labels[index])
    axis.set_yticks(range(len(keys)))
    axis.set_yticklabels(names)
    axis.invert_yaxis()
    axis.set_xlim(0, max(100, float(rows.ci_high.max() * 100) if rows.ci_high.notna().any() else 100))
    axis.axvline(100, color="black", linewidth=0.8)
    axis.set_xlabel("Hours used / hours available (%)")
    axis.set_title("Utilisation of connectors and departments (95% CI)")
    if len(groups) > 1:
        axis.legend(fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=len(groups))


def plot_sweep(folder: Path, axes, units):
    points = pd.read_csv(folder / "points.csv", na_values=["NA"], keep_default_na=False)
    factors = list(points.columns[1:list(points.columns).index("replicates")])
    factor = factors[0]
    ranking = folder / "sensitivity.csv"
    if ranking.exists():
        table = pd.read_csv(ranking, na_values=["NA"], keep_default_na=False)
        top = table[(table.metric == "connection_rate_all") & (table["rank"] == 1)]
        if len(top) and top.parameter.iloc[0] in factors:
            factor = top.parameter.iloc[0]
    mean = points.connection_rate_all_mean * 100
    errors = [mean - points.connection_rate_all_ci_low * 100, points.connection_rate_all_ci_high * 100 - mean]
    axes[0].errorbar(points[factor], mean, yerr=errors, fmt="o", alpha=0.5, color="#0072B2", capsize=2)
    axes[0].set_xlabel(factor)
    axes[0].set_ylabel("Connection rate (%), mean and 95% CI")
    axes[0].set_title("Connection rate of each point")
    if units is None:
        return
    ordered = points.dropna(subset=["connection_rate_all_mean"]).sort_values("connection_rate_all_mean")
    chosen = [int(ordered.point.iloc[0]), int(ordered.point.iloc[-1])]
    if chosen[0] == chosen[1]:
        chosen = chosen[:1]
    labels = [f"point {p} ({'lowest' if i == 0 else 'highest'} rate)" for i, p in enumerate(chosen)]
    plot_unit_rates(units, axes[1], "point", chosen, labels)
    plot_unit_utilisation(units, axes[2], "point", chosen, labels)


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 64
    folder = Path(argv[1])
    out = Path(argv[2]) if len(argv) == 3 else folder.resolve().with_name(folder.resolve().name + "-plot.png")
    plt.rcParams["axes.prop_cycle"] = plt.cycler(color=["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00"])
    units = read_units(folder)
    if (folder / "points.csv").exists():
        figure, axes = plt.subplots(1, 3 if units is not None else 1, figsize=(19 if units is not None else 7, 5),
                                    constrained_layout=True, squeeze=False)
        plot_sweep(folder, axes[0], units)
        figure.savefig(out, dpi=110)
        print(f"wrote {out}")
        return 0
    if not (folder / "comparison.csv").exists() and not (folder / "summary.csv").exists():
        print(f"plot.py: '{folder}' holds neither summary.csv (run), comparison.csv (compare) nor points.csv (sweep)",
              file=sys.stderr)
        return 66
    rows = 2 if units is not None else 1
    figure, axes = plt.subplots(rows, 2, figsize=(13, 4.5 * rows), constrained_layout=True, squeeze=False)
    if (folder / "comparison.csv").exists():
        plot_compare(folder, axes[0])
    else:
        plot_run(folder, axes[0])
    if units is not None:
        scenarios = list(dict.fromkeys(units.scenario))
        plot_unit_rates(units, axes[1][0], "scenario", scenarios, scenarios)
        plot_unit_utilisation(units, axes[1][1], "scenario", scenarios, scenarios)
    figure.savefig(out, dpi=110)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
