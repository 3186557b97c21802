package dlcourse.bench;

import dlcourse.backend.OneDnn;
import dlcourse.data.Batches;
import dlcourse.data.FashionMnist;
import dlcourse.nets.Cnn;
import dlcourse.nets.Mlp;
import dlcourse.train.JavaAdam;
import dlcourse.train.Trainer;
import com.sun.management.ThreadMXBean;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The Java side of {@code ./course bench}: trains the benchmark networks on request and answers with
 * timings, one JSON line per request, so that one warm JVM serves a whole run and the Python side can
 * interleave it with PyTorch. Requests on stdin, one per line:
 *
 * <pre>
 * info
 * train mlp|cnn library|raw batch=64 epochs=1 examples=10000 width=256 workspace=enabled|none cache=none|device adam=dl4j|java onednn=off|on accuracy=on|off
 * </pre>
 *
 * <p>The same training both ways: "library" is {@code Mlp}/{@code Cnn} and {@code Trainer.fit}
 * (which also counts the training accuracy from each step's own output, part of what the library
 * costs);
 * "raw" is the same configuration written out in DL4J and a plain loop that gathers each batch's
 * rows in a new random order each epoch and calls {@code net.fit} on it, with DL4J's Adam or
 * ({@code adam=java}) the library's {@link JavaAdam}. The timer covers training only: the data are
 * loaded and the network is built before it starts. An answer has the wall time, the training
 * thread's CPU time (which leaves out garbage collections' pauses) and the Java heap it allocated.
 * {@code accuracy=off} trains through the library without counting the training accuracy.
 */
public final class TrainingServer {

    /** The MLP's default hidden sizes are {@code width, width / 2}: 784-256-128-10. */
    static final int MLP_WIDTH = 256;
    static final double MLP_LEARNING_RATE = 0.01;   // Mlp's default Adam rate
    static final double CNN_LEARNING_RATE = 0.005;  // Cnn's default Adam rate
    static final int CNN_DENSE = 64;
    static final long SEED = 42;

    private final DataSet all;

    private TrainingServer(int examples) {
        all = FashionMnist.train(examples);
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        int examples = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        TrainingServer server = new TrainingServer(examples);
        System.out.println("{\"ready\": true}");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String answer;
            try {
                answer = server.handle(line.trim());
            } catch (RuntimeException e) {
                answer = "{\"error\": \"" + String.valueOf(e).replace("\\", "/").replace("\"", "'") + "\"}";
            }
            if (answer == null) {
                break;
            }
            System.out.println(answer);
            System.out.flush();
        }
    }

    private String handle(String line) {
        String[] words = line.split("\\s+");
        switch (words[0]) {
            case "info":
                return String.format("{\"java\": \"%s\", \"backend\": \"%s\", \"blas\": \"%s\", \"data_type\": \"%s\","
                                + " \"omp_num_threads\": \"%s\", \"platform_extension\": \"%s\"}",
                        System.getProperty("java.version"), Nd4j.getBackend().getClass().getSimpleName(),
                        Nd4j.factory().blas().getBlasVendor(), Nd4j.dataType(),
                        System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"),
                        System.getProperty("org.bytedeco.javacpp.platform.extension", ""));
            case "train":
                return train(words[1], words[2], options(words));
            case "quit":
                return null;
            default:
                throw new IllegalArgumentException("unknown request '" + line + "'");
        }
    }

    private static Map<String, String> options(String[] words) {
        Map<String, String> options = new HashMap<>();
        for (int i = 3; i < words.length; i++) {
            String[] pair = words[i].split("=", 2);
            options.put(pair[0], pair[1]);
        }
        return options;
    }

    private String train(String model, String how, Map<String, String> options) {
        int batch = Integer.parseInt(options.getOrDefault("batch", "64"));
        int epochs = Integer.parseInt(options.getOrDefault("epochs", "1"));
        int examples = Integer.parseInt(options.getOrDefault("examples", String.valueOf(all.numExamples())));
        int width = Integer.parseInt(options.getOrDefault("width", String.valueOf(MLP_WIDTH)));
        // The raw loop's Adam: DL4J's own (what a DL4J user gets), or the library's JavaAdam (the
        // same arithmetic as the library's networks, so library/raw measures only the library's loop).
        boolean javaAdam = options.getOrDefault("adam", "dl4j").equals("java");
        WorkspaceMode workspace = WorkspaceMode.valueOf(options.getOrDefault("workspace", "enabled").toUpperCase());
        CacheMode cache = CacheMode.valueOf(options.getOrDefault("cache", "none").toUpperCase());
        DataSet data = examples == all.numExamples() ? all.copy() : subset(examples);
        boolean library = how.equals("library");
        MultiLayerNetwork net = switch (model) {
            case "mlp" -> library ? Mlp.classifier(784, 10, width, width / 2) : rawMlp(width, workspace, cache, javaAdam);
            case "cnn" -> library ? Cnn.builder().image(28, 28).conv(16, 5).pool(2).conv(32, 5).pool(2)
                    .dense(CNN_DENSE).outputs(10).build() : rawCnn(workspace, cache, javaAdam);
            default -> throw new IllegalArgumentException("unknown model " + model);
        };
        List<String> epochSeconds = new ArrayList<>();   // raw loop only: a slowdown shows as rising times
        if (!library && options.getOrDefault("onednn", "off").equals("on")) {
            OneDnn.useFor(net);   // what the library does for its own networks (raw DL4J never attaches it)
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        if (library) {
            Trainer.builder().epochs(epochs).batchSize(batch).live(false).seed(1)
                    .trainingAccuracy(!options.getOrDefault("accuracy", "on").equals("off")).build().fit(net, data);
        } else {
            // Each epoch a new order, each batch its rows gathered from the data in that order (one
            // native copy, as the Trainer does): DataSet.shuffle + batchBy cost 1.2× the CPU time.
            Random random = new Random(1);
            int n = data.numExamples();
            for (int epoch = 0; epoch < epochs; epoch++) {
                long epochStart = System.nanoTime();
                int[] order = Batches.shuffledOrder(n, random);
                for (int from = 0; from < n; from += batch) {
                    int[] rows = Arrays.copyOfRange(order, from, Math.min(n, from + batch));
                    net.fit(new DataSet(Nd4j.pullRows(data.getFeatures(), 1, rows),
                            Nd4j.pullRows(data.getLabels(), 1, rows)));
                }
                epochSeconds.add(String.format("%.4f", (System.nanoTime() - epochStart) / 1e9));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double allocatedMb = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / 1e6;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        return String.format("{\"seconds\": %.6f, \"cpu_seconds\": %.6f, \"allocated_mb\": %.1f, \"samples_per_s\": %.2f, \"loss\": %.5f, \"parameters\": %d,"
                        + " \"epoch_seconds\": [%s]}",
                seconds, cpuSeconds, allocatedMb, (double) examples * epochs / seconds, net.score(), net.numParams(), String.join(", ", epochSeconds));
    }

    private DataSet subset(int examples) {
        return new DataSet(all.getFeatures().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, examples)).dup(),
                all.getLabels().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, examples)).dup());
    }

    /** What {@code Mlp.classifier(784, 10, width, width / 2)} builds, written out in DL4J. */
    static MultiLayerNetwork rawMlp(int width, WorkspaceMode workspace, CacheMode cache, boolean javaAdam) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(SEED).weightInit(WeightInit.XAVIER).updater(javaAdam ? new JavaAdam(MLP_LEARNING_RATE) : new Adam(MLP_LEARNING_RATE))
                .trainingWorkspaceMode(workspace).inferenceWorkspaceMode(workspace).cacheMode(cache)
                .list()
                .layer(new DenseLayer.Builder().nIn(784).nOut(width).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(width).nOut(width / 2).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).nIn(width / 2).nOut(10)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** conv 5x5x16, max pool 2, conv 5x5x32, max pool 2, dense 64, softmax 10: the Cnn builder's network. */
    static MultiLayerNetwork rawCnn(WorkspaceMode workspace, CacheMode cache, boolean javaAdam) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(SEED).weightInit(WeightInit.RELU).updater(javaAdam ? new JavaAdam(CNN_LEARNING_RATE) : new Adam(CNN_LEARNING_RATE))
                .trainingWorkspaceMode(workspace).inferenceWorkspaceMode(workspace).cacheMode(cache)
                .list()
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(16).convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(32).convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new DenseLayer.Builder().nOut(CNN_DENSE).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).nOut(10).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutionalFlat(28, 28, 1))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }
}
