package id.satupintu.nlp;

/** A predicted label with the model's probability for it, in [0, 1]. */
public record Prediction<T>(T label, double confidence) {
}
