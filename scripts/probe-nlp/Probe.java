package dev.wstutor.quiz;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.*;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/** Scratch measurement (not shipped): what an embedding model and a POS tagger would add on the held-out set. */
public class Probe {
    static float[] emb(EmbeddingModel m, String s) { return m.embed(s).content().vector(); }
    static double cos(float[] a, float[] b) { double d=0,x=0,y=0; for(int i=0;i<a.length;i++){d+=a[i]*b[i];x+=a[i]*a[i];y+=b[i]*b[i];} return d/Math.sqrt(x*y); }

    public static void main(String[] args) throws Exception {
        QuestionBank bank = new BankLoader().load(Path.of(args.length > 0 ? args[0] : "lessons"));
        RubricGrader grader = new RubricGrader(bank.lexicon());
        Map<String, HeldOutEvaluationTest.Answers> held = HeldOutEvaluationTest.heldOut();
        long t0 = System.nanoTime();
        EmbeddingModel m = new AllMiniLmL6V2QuantizedEmbeddingModel();
        emb(m, "warm up");
        System.out.printf("embedding model load + first embed: %.0f ms%n", (System.nanoTime()-t0)/1e6);
        List<Long> times = new ArrayList<>();
        int[] cnt = new int[12]; // embOnly good ok, good n, bad ok, bad n ; hybrid good ok, bad ok ; rubric good ok, bad ok; fixed, broken
        double[] deltas = {0.0, 0.05, 0.1};
        Map<Double,int[]> hyb = new TreeMap<>();
        for (double d : deltas) hyb.put(d, new int[4]);
        for (var e : held.entrySet()) {
            AnswerKey.Free key = (AnswerKey.Free) bank.byId(e.getKey()).orElseThrow().key();
            List<float[]> good = new ArrayList<>(); List<float[]> bad = new ArrayList<>();
            good.add(emb(m, key.model()));
            for (String a : key.examples().correct()) good.add(emb(m, a));
            for (String a : key.examples().wrong()) bad.add(emb(m, a));
            List<String> answers = new ArrayList<>(); List<Boolean> isGood = new ArrayList<>();
            for (String a : e.getValue().good()) { answers.add(a); isGood.add(true); }
            for (String a : e.getValue().bad()) { answers.add(a); isGood.add(false); }
            for (String a : e.getValue().keywords()) { answers.add(a); isGood.add(false); }
            for (int i = 0; i < answers.size(); i++) {
                long s = System.nanoTime();
                float[] v = emb(m, answers.get(i));
                times.add(System.nanoTime() - s);
                double sg = good.stream().mapToDouble(g -> cos(g, v)).max().orElse(0);
                double sb = bad.stream().mapToDouble(b -> cos(b, v)).max().orElse(0);
                boolean embPass = sg - sb > 0;
                double f = grader.grade(key.rubric(), answers.get(i)).fraction();
                boolean g = isGood.get(i);
                if (g) { cnt[1]++; if (embPass) cnt[0]++; if (f >= 0.7) cnt[6]++; }
                else { cnt[3]++; if (!embPass) cnt[2]++; if (f <= 0.3) cnt[7]++; }
                for (double d : deltas) {
                    // hybrid: the rubric decides, but a borderline answer (30..70%) passes when it reads like the right answers
                    boolean pass = f >= 0.7 || (f > 0.3 && sg - sb > d);
                    boolean fail = !pass;
                    int[] h = hyb.get(d);
                    if (g && pass) h[0]++;
                    if (!g && fail) h[1]++;
                }
            }
        }
        Collections.sort(times);
        System.out.printf("embedding per answer: median %.1f ms, p99 %.1f ms%n", times.get(times.size()/2)/1e6, times.get(times.size()*99/100)/1e6);
        System.out.printf("rubric alone:           good %d/%d  bad %d/%d%n", cnt[6], cnt[1], cnt[7], cnt[3]);
        System.out.printf("embedding alone (nearest example): good %d/%d  bad %d/%d%n", cnt[0], cnt[1], cnt[2], cnt[3]);
        for (var h : hyb.entrySet()) System.out.printf("hybrid (borderline passes if closer to right examples by > %.2f): good %d/%d  bad %d/%d%n", h.getKey(), h.getValue()[0], cnt[1], h.getValue()[1], cnt[3]);

        // POS tagger: is "no item has a verb" a better keyword-list test than the hand rule?
        t0 = System.nanoTime();
        POSModel pm;
        try (var in = Probe.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) { pm = new POSModel(in); }
        POSTaggerME tagger = new POSTaggerME(pm);
        System.out.printf("POS model load: %.0f ms%n", (System.nanoTime()-t0)/1e6);
        int kwHand = 0, kwPos = 0, kwN = 0, goodHand = 0, goodPos = 0, goodN = 0;
        List<Long> pt = new ArrayList<>();
        for (var e : held.entrySet()) {
            for (String a : e.getValue().keywords()) { kwN++; if (TextAnalyzer.keywordList(a)) kwHand++; long s=System.nanoTime(); if (noVerb(tagger, a)) kwPos++; pt.add(System.nanoTime()-s); }
            for (String a : e.getValue().good()) { goodN++; if (TextAnalyzer.keywordList(a)) goodHand++; long s=System.nanoTime(); if (noVerb(tagger, a)) goodPos++; pt.add(System.nanoTime()-s); }
            for (String a : e.getValue().bad()) { long s=System.nanoTime(); noVerb(tagger, a); pt.add(System.nanoTime()-s); }
        }
        Collections.sort(pt);
        System.out.printf("keyword lists detected: hand rule %d/%d, POS (no VERB/AUX) %d/%d%n", kwHand, kwN, kwPos, kwN);
        System.out.printf("good answers wrongly taken for lists: hand rule %d/%d, POS %d/%d%n", goodHand, goodN, goodPos, goodN);
        System.out.printf("POS per answer: median %.2f ms p99 %.2f ms%n", pt.get(pt.size()/2)/1e6, pt.get(pt.size()*99/100)/1e6);
    }

    static boolean noVerb(POSTaggerME t, String text) {
        String[] toks = opennlp.tools.tokenize.SimpleTokenizer.INSTANCE.tokenize(text);
        String[] tags = t.tag(toks);
        for (String g : tags) if (g.equals("VERB") || g.equals("AUX") || g.startsWith("VB") || g.equals("MD")) return false;
        return true;
    }
}
