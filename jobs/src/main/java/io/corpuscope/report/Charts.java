package io.corpuscope.report;

import io.corpuscope.report.ReportData.SpeakerCount;
import io.corpuscope.report.ReportData.StancePoint;
import io.corpuscope.report.ReportData.TargetPoint;
import io.corpuscope.report.ReportData.TopicShare;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, drawn with XChart and encoded as PNG. Pure functions of {@link ReportData}'s
 * lists: the same data gives the same bytes. A chart with nothing to plot is absent (empty).
 */
final class Charts {
  static final int WIDTH = 960;
  static final int HEIGHT = 420;
  /** Lines on the topic and speaker charts; the tables below them list the rest. */
  static final int MAX_SERIES = 8;

  private static final Color SUPPORT = new Color(0x2e7d32);
  private static final Color OPPOSE = new Color(0xc62828);
  private static final Color NEUTRAL = new Color(0x9e9e9e);

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Charts() {}

  /** Statements per period, stacked by stance. */
  static byte[] stanceCounts(List<StancePoint> points) {
    if (points.isEmpty()) {
      return new byte[0];
    }
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Statements on defence-spending levels per period").xAxisTitle("period").yAxisTitle("statements")
        .build();
    style(chart.getStyler(), points.size());
    chart.getStyler().setStacked(true);
    chart.getStyler().setSeriesColors(new Color[] {SUPPORT, OPPOSE, NEUTRAL});
    List<String> periods = points.stream().map(StancePoint::period).toList();
    chart.addSeries("support", periods, points.stream().map(StancePoint::support).toList());
    chart.addSeries("oppose", periods, points.stream().map(StancePoint::oppose).toList());
    chart.addSeries("neutral", periods, points.stream().map(StancePoint::neutral).toList());
    return png(chart);
  }

  /** Net stance, (support − oppose) / all, per period. */
  static byte[] netStance(List<StancePoint> points) {
    if (points.isEmpty()) {
      return new byte[0];
    }
    CategoryChart chart = lines("Net stance per period: (support − oppose) / all statements", "net stance",
        points.size());
    chart.getStyler().setYAxisMin(-1.0).setYAxisMax(1.0);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setSeriesColors(new Color[] {SUPPORT});
    chart.addSeries("net stance", points.stream().map(StancePoint::period).toList(),
        points.stream().map(StancePoint::net).toList()).setMarker(SeriesMarkers.CIRCLE);
    return png(chart);
  }

  /** The lowest, mean (over statements) and highest target proposed in each period. */
  static byte[] targets(List<TargetPoint> points) {
    if (points.isEmpty()) {
      return new byte[0];
    }
    Map<String, double[]> byPeriod = new LinkedHashMap<>();
    for (TargetPoint p : points) {
      double[] s = byPeriod.computeIfAbsent(p.period(),
          k -> new double[] {Double.MAX_VALUE, 0, 0, -Double.MAX_VALUE});
      s[0] = Math.min(s[0], p.target());
      s[1] += p.target() * p.statements();
      s[2] += p.statements();
      s[3] = Math.max(s[3], p.target());
    }
    List<String> periods = List.copyOf(byPeriod.keySet());
    CategoryChart chart = lines("Proposed defence-spending targets (% of GDP) per period", "% of GDP",
        periods.size());
    chart.getStyler().setYAxisMin(0.0);
    chart.addSeries("highest", periods, byPeriod.values().stream().map(s -> s[3]).toList())
        .setMarker(SeriesMarkers.TRIANGLE_UP);
    chart.addSeries("mean of statements", periods, byPeriod.values().stream().map(s -> s[1] / s[2]).toList())
        .setMarker(SeriesMarkers.CIRCLE);
    chart.addSeries("lowest", periods, byPeriod.values().stream().map(s -> s[0]).toList())
        .setMarker(SeriesMarkers.TRIANGLE_DOWN);
    return png(chart);
  }

  /** Quotes per period of the speakers quoted most overall (among each period's top speakers). */
  static byte[] speakers(List<SpeakerCount> counts) {
    if (counts.isEmpty()) {
      return new byte[0];
    }
    List<String> periods = counts.stream().map(SpeakerCount::period).distinct().toList();
    CategoryChart chart = lines("Quotes per period of the most-quoted speakers", "quotes", periods.size());
    addLargestSeries(chart, periods, counts, SpeakerCount::speaker, SpeakerCount::period, SpeakerCount::quotes);
    return png(chart);
  }

  /** Share of each period's articles per topic, for the topics with the largest shares overall. */
  static byte[] topicShares(List<TopicShare> shares) {
    if (shares.isEmpty()) {
      return new byte[0];
    }
    List<String> periods = shares.stream().map(TopicShare::period).distinct().toList();
    long topics = shares.stream().map(TopicShare::topicId).distinct().count();
    CategoryChart chart = lines("Share of articles per topic and period (the " + Math.min(topics, MAX_SERIES)
        + " largest topics)", "share of articles", periods.size());
    addLargestSeries(chart, periods, shares, s -> s.topicId() + ": " + s.label(), TopicShare::period,
        TopicShare::share);
    return png(chart);
  }

  /**
   * One line per series over {@code periods} (zero where a series has no point), for the
   * {@link #MAX_SERIES} series with the largest sums; ties by name.
   */
  private static <T> void addLargestSeries(CategoryChart chart, List<String> periods, List<T> points,
      Function<T, String> series, Function<T, String> period, ToDoubleFunction<T> value) {
    Map<String, Map<String, Double>> bySeries = new LinkedHashMap<>();
    for (T p : points) {
      bySeries.computeIfAbsent(series.apply(p), k -> new LinkedHashMap<>()).merge(period.apply(p),
          value.applyAsDouble(p), Double::sum);
    }
    List<String> largest = bySeries.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, Map<String, Double>> e) -> -e.getValue().values()
            .stream().mapToDouble(Double::doubleValue).sum()).thenComparing(Map.Entry::getKey))
        .limit(MAX_SERIES).map(Map.Entry::getKey).toList();
    for (String name : largest) {
      Map<String, Double> values = bySeries.get(name);
      chart.addSeries(name, periods, periods.stream().map(p -> values.getOrDefault(p, 0.0)).toList())
          .setMarker(SeriesMarkers.CIRCLE);
    }
  }

  /** A chart of lines over the periods, in the order given (the callers sort by period start). */
  private static CategoryChart lines(String title, String yTitle, int periods) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle("period").yAxisTitle(yTitle).build();
    style(chart.getStyler(), periods);
    chart.getStyler().setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Line);
    // every series' point at its period, not side by side as bars would be
    chart.getStyler().setOverlapped(true);
    return chart;
  }

  private static void style(AxesChartStyler s, int categories) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setLegendPosition(LegendPosition.OutsideS);
    s.setAntiAlias(true);
    if (categories > 12) {
      s.setXAxisLabelRotation(90);
    }
    // at most about one label per 20 pixels; the rest of the periods are ticks without labels
    s.setXAxisMaxLabelCount(WIDTH / 20);
  }

  private static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
