package id.satupintu.nlp;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix of one field. Classes
 * are those seen among the gold labels and the predictions; macro-F1 averages over the gold ones.
 */
record Scores(int n, double accuracy, double macroF1, Map<String, ClassScore> perClass,
              Map<String, Map<String, Integer>> confusion) {

    record ClassScore(int support, double precision, double recall, double f1) {
    }

    static Scores of(List<String> gold, List<String> predicted) {
        var classes = new TreeSet<String>();
        var goldClasses = new TreeSet<String>();
        gold.forEach(g -> goldClasses.add(label(g)));
        classes.addAll(goldClasses);
        predicted.forEach(p -> classes.add(label(p)));
        var confusion = new TreeMap<String, Map<String, Integer>>();
        for (String c : classes) {
            var row = new TreeMap<String, Integer>();
            classes.forEach(p -> row.put(p, 0));
            confusion.put(c, row);
        }
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            String g = label(gold.get(i));
            String p = label(predicted.get(i));
            confusion.get(g).merge(p, 1, Integer::sum);
            if (Objects.equals(g, p)) {
                correct++;
            }
        }
        var perClass = new TreeMap<String, ClassScore>();
        double f1Sum = 0;
        for (String c : classes) {
            int tp = confusion.get(c).get(c);
            int support = confusion.get(c).values().stream().mapToInt(Integer::intValue).sum();
            int predictedAs = confusion.values().stream().mapToInt(row -> row.get(c)).sum();
            double precision = predictedAs == 0 ? 0 : (double) tp / predictedAs;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.put(c, new ClassScore(support, precision, recall, f1));
            if (goldClasses.contains(c)) {
                f1Sum += f1;
            }
        }
        return new Scores(gold.size(), gold.isEmpty() ? 0 : (double) correct / gold.size(),
                goldClasses.isEmpty() ? 0 : f1Sum / goldClasses.size(), perClass, confusion);
    }

    /** Region accuracy counts null as a label of its own. */
    private static String label(String value) {
        return value == null ? "null" : value;
    }
}
