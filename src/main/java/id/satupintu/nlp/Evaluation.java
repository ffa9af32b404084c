package id.satupintu.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How one labelled set was classified: the three fields and the region (exact match, null counts). */
record Evaluation(int n, Scores kind, Scores category, Scores agency, Scores region) {

    /** What the classifier answered for one message, as the contract's codes. */
    record Answer(String kind, String category, String agencyType, String region) {
    }

    static Evaluation of(List<LabeledMessage> gold, List<Answer> answers) {
        var gk = new ArrayList<String>();
        var gc = new ArrayList<String>();
        var ga = new ArrayList<String>();
        var gr = new ArrayList<String>();
        for (LabeledMessage m : gold) {
            gk.add(m.kind());
            gc.add(m.category());
            ga.add(m.agencyType());
            gr.add(m.region());
        }
        return new Evaluation(gold.size(), Scores.of(gk, answers.stream().map(Answer::kind).toList()),
                Scores.of(gc, answers.stream().map(Answer::category).toList()),
                Scores.of(ga, answers.stream().map(Answer::agencyType).toList()),
                Scores.of(gr, answers.stream().map(Answer::region).toList()));
    }

    /** The figures of the contract's {@code nlp evaluate --json}. */
    Map<String, Object> figures() {
        return Map.of("kind", field(kind), "category", field(category), "agency_type", field(agency),
                "region", Map.of("accuracy", round(region.accuracy())), "n", n);
    }

    private static Map<String, Object> field(Scores s) {
        return Map.of("accuracy", round(s.accuracy()), "macro_f1", round(s.macroF1()));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** The summary lines `nlp evaluate` prints. */
    String summary() {
        return String.format(Locale.ROOT, """
                messages        %d
                kind            accuracy %.4f  macro-F1 %.4f
                category        accuracy %.4f  macro-F1 %.4f
                agency_type     accuracy %.4f  macro-F1 %.4f
                region          accuracy %.4f (exact kabupaten/kota, null counts)
                """, n, kind.accuracy(), kind.macroF1(), category.accuracy(), category.macroF1(),
                agency.accuracy(), agency.macroF1(), region.accuracy());
    }

    /** Per-class precision, recall, F1 and support of one field, as a Markdown table. */
    static String classTable(Scores s) {
        var out = new StringBuilder("| class | precision | recall | F1 | support |\n| --- | ---: | ---: | ---: | ---: |\n");
        s.perClass().forEach((c, x) -> out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n",
                c, x.precision(), x.recall(), x.f1(), x.support())));
        return out.toString();
    }

    /** The confusion matrix: rows gold, columns predicted, numbered like the rows to stay narrow. */
    static String confusionTable(Scores s) {
        List<String> classes = List.copyOf(s.confusion().keySet());
        var out = new StringBuilder("| gold → predicted |");
        for (int i = 1; i <= classes.size(); i++) {
            out.append(' ').append(i).append(" |");
        }
        out.append("\n| --- |").append(" ---: |".repeat(classes.size())).append('\n');
        for (int i = 0; i < classes.size(); i++) {
            out.append("| ").append(i + 1).append(' ').append(classes.get(i)).append(" |");
            s.confusion().get(classes.get(i)).values().forEach(v -> out.append(' ').append(v == 0 ? "·" : v).append(" |"));
            out.append('\n');
        }
        return out.toString();
    }
}
