package dlcourse.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

/**
 * The course's exercises, one method each, named by what they practise (type {@code Exercises.}
 * and press Tab to see them). Each method returns the same {@link Exercise} every time, so hints
 * carry on from one run of a cell to the next. The reference answers live here, not in the notebooks.
 *
 * <pre>{@code
 * double output = Double.NaN;                 // TODO: your number
 * Exercises.neuronOutput().check(output)      // ✓ or ✗ with a hint
 * Exercises.neuronOutput().solution()         // when you want to see one
 * }</pre>
 */
public final class Exercises {

    private static final Map<String, Exercise> MADE = new ConcurrentHashMap<>();

    private Exercises() {
    }

    /** Every exercise in the catalogue, in course order. */
    public static List<Exercise> all() {
        return List.of(neuronOutput(), relu(), sigmoidDerivative(), networkWithParameters(),
                perceptronUpdate(), nandWeights(), xorHiddenNeurons(),
                leakyRelu(), tanhDerivative(), vanishingGradientFactor(),
                meanSquaredError(), crossEntropyFromLogits(), huberLoss(),
                tanhLocalDerivative(), tinyNetworkBiasGradient(), gradientWithoutZeroGrad(),
                gradientStep(), momentumStep(), divergenceThreshold(),
                l2Penalty(), dropoutKeptUnits(), earlyStoppingEpochs(),
                gridSearchSize(), logUniformLearningRate(), setForChoosingTheModel(),
                convOutputSize(), convLayerParameters(), kernelDetects(),
                simpleRnnParameters(), hiddenStateByHand(), naiveForecastError(),
                lstmParameterCount(), forgetGateValue(), temperatureProbability(),
                autoencoderCompressionRatio(), anomalyThresholdForRecall(), vaeKlDivergence(),
                discriminatorLossAtEquilibrium(), optimalDiscriminator(), generatorParameters());
    }

    // --- A single neuron, activations, and counting parameters (the neuron chapter). -------------

    /** Work out a neuron's output by hand: weighted sum, bias, sigmoid. */
    public static Exercise neuronOutput() {
        return made("neuronOutput", () -> {
            double z = 1.2 * 0.5 + 0.4 * -1.0 + -0.3 * 2.0 + 0.1;   // -0.3
            double sigmoid = 1 / (1 + Math.exp(-z));
            return Exercise.builder("neuronOutput", "A neuron's output by hand")
                    .question("A neuron has inputs x = (0.5, -1.0, 2.0), weights w = (1.2, 0.4, -0.3),"
                            + " bias b = 0.1 and the sigmoid activation σ(z) = 1 / (1 + e^(-z))."
                            + " What is its output? Answer to 3 decimals or better.")
                    .checker(Checker.number(sigmoid, 1e-3, Map.of(
                            z, "that is the weighted sum z; the neuron passes it through σ.",
                            1 / (1 + Math.exp(-(z - 0.1))), "it looks like the bias b is missing from z.",
                            Math.max(0, z), "that is ReLU(z); this neuron uses the sigmoid.")))
                    .hints("First the weighted sum z = w₁x₁ + w₂x₂ + w₃x₃ + b, then σ(z).",
                            "z = 0.6 - 0.4 - 0.6 + 0.1; in Java, σ(z) is 1 / (1 + Math.exp(-z)).")
                    .solution("""
                            double output = 1 / (1 + Math.exp(-(1.2 * 0.5 + 0.4 * -1.0 + -0.3 * 2.0 + 0.1)));   // z = -0.3 → 0.4256
                            The sum is negative, so the neuron is a little less than half "on".""")
                    .solutionCall("Exercises.neuronOutput().solution()")
                    .build();
        });
    }

    /** Write ReLU as a Java function. */
    public static Exercise relu() {
        return made("relu", () -> Exercise.builder("relu", "ReLU as a function")
                .question("Write the rectified linear unit ReLU(z) = max(0, z) as a DoubleUnaryOperator,"
                        + " e.g. DoubleUnaryOperator relu = z -> ...;")
                .checker(Checker.function(z -> Math.max(0, z), 1e-12, -3, -1, -0.25, 0, 0.25, 1, 3.7))
                .hints("ReLU passes positive numbers through unchanged and turns negative ones into 0.",
                        "Math.max(a, b) gives the larger of two numbers.")
                .solution("""
                        DoubleUnaryOperator relu = z -> Math.max(0, z);
                        For z > 0 the larger of 0 and z is z itself; for z < 0 it is 0.""")
                .solutionCall("Exercises.relu().solution()")
                .build());
    }

    /** The derivative of the sigmoid, the slope backpropagation needs. */
    public static Exercise sigmoidDerivative() {
        return made("sigmoidDerivative", () -> Exercise.builder("sigmoidDerivative", "The sigmoid's slope")
                .question("Write σ'(z), the slope of the sigmoid σ(z) = 1 / (1 + e^(-z)), as a"
                        + " DoubleUnaryOperator. Backpropagation multiplies by it at every sigmoid neuron.")
                .checker(Checker.function(z -> sigmoid(z) * (1 - sigmoid(z)), 1e-6,
                        -6, -2, -0.5, 0, 0.5, 2, 6))
                .hints("The slope is largest at z = 0, where it is 0.25, and falls towards 0 on both sides.",
                        "The derivative can be written with σ itself: σ'(z) = σ(z) · (1 − σ(z)).",
                        "In the lambda, compute double s = 1 / (1 + Math.exp(-z)); then return s * (1 - s).")
                .solution("""
                        DoubleUnaryOperator sigmoidDerivative = z -> {
                            double s = 1 / (1 + Math.exp(-z));
                            return s * (1 - s);
                        };
                        From σ(z) = (1 + e^(-z))^(-1), the chain rule gives e^(-z) / (1 + e^(-z))²,
                        which is σ(z) · (1 − σ(z)).""")
                .solutionCall("Exercises.sigmoidDerivative().solution()")
                .build());
    }

    /** Choose a hidden layer size that gives a network an exact number of parameters. */
    public static Exercise networkWithParameters() {
        return made("networkWithParameters", () -> Exercise.builder("networkWithParameters",
                        "A network with 52 parameters")
                .question("Build a classifier with Mlp.classifier for 2 inputs and 2 classes with one hidden"
                        + " layer, sized so that the network has exactly 52 parameters (weights plus"
                        + " biases).")
                .checker(Checker.network(2, 2, 52))
                .hints("A dense layer from n inputs to m neurons has n·m weights and m biases.",
                        "With h hidden neurons: (2·h + h) + (h·2 + 2) = 5h + 2 parameters."
                                + " Solve 5h + 2 = 52.")
                .solution("""
                        MultiLayerNetwork myNet = Mlp.classifier(2, 2, 10);
                        Hidden layer: 2·10 weights + 10 biases = 30; output layer: 10·2 + 2 = 22;
                        30 + 22 = 52.
                        Summary.of(myNet) lists the same counts.""")
                .solutionCall("Exercises.networkWithParameters().solution()")
                .build());
    }

    // --- backpropagation ---
    // The tiny network of the backpropagation chapter: x → tanh(w1·x + b1) = h → w2·h + b2 = ŷ,
    // loss L = (ŷ − y)², with w1 = 0.8, b1 = 0.1, w2 = −1.5, b2 = 0.3, y = 1.

    /** The local derivative of a tanh node, from its output. */
    public static Exercise tanhLocalDerivative() {
        return made("tanhLocalDerivative", () -> Exercise.builder("tanhLocalDerivative",
                        "A tanh node's local derivative")
                .question("In a computational graph, a tanh node received some z and output h = tanh(z) ="
                        + " 0.6. What is its local derivative dh/dz? (You need only h.)")
                .checker(Checker.number(1 - 0.6 * 0.6, 1e-3, Map.of(
                        1 - Math.pow(Math.tanh(0.6), 2), "that is 1 − tanh²(0.6), as if 0.6 were the input"
                                + " z; 0.6 is the output h.",
                        1 - 0.6, "the slope of tanh uses h squared.",
                        0.6, "that is the node's output h, not its slope.")))
                .hints("The derivative of tanh can be written with its own output: d/dz tanh(z) = 1 − tanh²(z).",
                        "tanh(z) is h = 0.6, so dh/dz = 1 − h².")
                .solution("""
                        double localDerivative = 1 - 0.6 * 0.6;     // 0.64, with h = 0.6
                        d/dz tanh(z) = 1 − tanh²(z) = 1 − h². Value.tanh() uses exactly this in its
                        backward step: grad += (1 - out.data * out.data) * out.grad, so it needs no z.""")
                .solutionCall("Exercises.tanhLocalDerivative().solution()")
                .build());
    }

    /** A bias gradient in the chapter's tiny network, by the chain rule, for a new input. */
    public static Exercise tinyNetworkBiasGradient() {
        return made("tinyNetworkBiasGradient", () -> {
            double x = -1.0;
            double h = Math.tanh(0.8 * x + 0.1);
            double dLdYhat = 2 * (-1.5 * h + 0.3 - 1.0);
            double slope = 1 - h * h;
            double db1 = dLdYhat * -1.5 * slope;                      // -0.3933
            return Exercise.builder("tinyNetworkBiasGradient", "A bias gradient by the chain rule")
                    .question("The tiny network computes h = tanh(w1·x + b1), ŷ = w2·h + b2 and the loss"
                            + " L = (ŷ − y)², with w1 = 0.8, b1 = 0.1, w2 = −1.5, b2 = 0.3 and target y = 1."
                            + " For the input x = −1.0, what is dL/db1? Answer to 3 decimals or better.")
                    .checker(Checker.number(db1, 1e-3, Map.of(
                            db1 * x, "that is dL/dw1: on the path to w1 the last factor is dz/dw1 = x,"
                                    + " on the path to b1 it is dz/db1 = 1.",
                            db1 / 2, "the derivative of (ŷ − y)² is 2(ŷ − y): the factor 2 is missing.",
                            dLdYhat * -1.5, "the factor dh/dz = 1 − h², tanh's slope, is missing.",
                            3.2869796973, "that is dL/db1 for x = 0.5, the chapter's input; redo the"
                                    + " forward pass with x = −1.0.")))
                    .hints("Forward first: z = w1·x + b1, h = tanh(z), ŷ = w2·h + b2. Then multiply the local"
                                    + " derivatives along the path L → ŷ → h → z → b1.",
                            "dL/db1 = 2(ŷ − y) · w2 · (1 − h²) · 1, with z = −0.7.",
                            "Check yourself with Value: build the same computation from Value.of(...),"
                                    + " call backward() on the loss and read b1.grad().")
                    .solution("""
                            double dL_db1 = 2 * (-1.5 * Math.tanh(0.8 * -1.0 + 0.1) + 0.3 - 1.0) * -1.5
                                    * (1 - Math.pow(Math.tanh(0.8 * -1.0 + 0.1), 2));      // -0.3933
                            Step by step: h = tanh(w1·x + b1) = tanh(−0.7) = −0.6044, ŷ = w2·h + b2 = 1.2066, and
                            ∂L/∂b1 = 2(ŷ − y) · w2 · (1 − h²) · 1.
                            The prediction is above the target, so the loss falls when ŷ falls; ŷ = w2·h
                            with w2 < 0 falls when h rises, and h rises with b1: raising b1 lowers the loss,
                            so its gradient is negative.""")
                    .solutionCall("Exercises.tinyNetworkBiasGradient().solution()")
                    .build();
        });
    }

    /** What happens to a gradient when backward() runs twice without zeroGrad. */
    public static Exercise gradientWithoutZeroGrad() {
        return made("gradientWithoutZeroGrad", () -> {
            double h = Math.tanh(0.8 * 0.5 + 0.1);
            double dw2 = 2 * (-1.5 * h + 0.3 - 1.0) * h;                  // -1.2876
            return Exercise.builder("gradientWithoutZeroGrad", "Gradients add up")
                    .question("In the tiny network (x = 0.5, w1 = 0.8, b1 = 0.1, w2 = −1.5, b2 = 0.3, y = 1)"
                            + " every gradient starts at 0. You compute the loss, call backward(), then"
                            + " compute the loss again from the same weights and call backward() on the"
                            + " new loss, without zeroGrad() in between. What does w2.grad() hold now?")
                    .checker(Checker.number(2 * dw2, 1e-3, Map.of(
                            dw2, "that is dL/dw2 after one backward(). Each backward step adds (+=)"
                                    + " into the gradient; what does the second call add?",
                            0.0, "backward() does not reset gradients; only zeroGrad() does.")))
                    .hints("Every backward step in Value does grad += ..., never grad = ...",
                            "The second backward() adds the same dL/dw2 again (about −1.29) on top of the"
                                    + " first.")
                    .solution("""
                            w2.grad() is 2 · dL/dw2 = 2 · (−1.2876) = −2.5752.
                            Gradients accumulate because a value used twice must get the sum of both
                            contributions. So before each new backward() a training loop calls zeroGrad();
                            without it, every step would use the sum of all gradients so far, and the
                            steps would grow larger and larger.""")
                    .solutionCall("Exercises.gradientWithoutZeroGrad().solution()")
                    .build();
        });
    }

    // --- perceptron ---------------------------------------------------------------------------

    /** One step of the perceptron rule, by hand: the new weights and bias after one example. */
    public static Exercise perceptronUpdate() {
        return made("perceptronUpdate", () -> {
            double[] unchanged = {0.5, -0.3, 0.1};
            double[] right = {0.3, -0.5, -0.1};        // z = 0.3 > 0, so ŷ = 1, error = 0 - 1 = -1
            double[] wrongSign = {0.7, -0.1, 0.3};     // the error taken as +1
            double[] biasForgotten = {0.3, -0.5, 0.1};
            Checker exact = Checker.array(right, 1e-6);
            return Exercise.builder("perceptronUpdate", "One step of the perceptron rule")
                    .question("A perceptron has weights w = (0.5, -0.3), bias b = 0.1 and learning rate"
                            + " η = 0.2; it outputs 1 when w·x + b > 0 and 0 otherwise. It sees the example"
                            + " x = (1, 1) with label y = 0. Apply the perceptron rule once and give the new"
                            + " {w₁, w₂, b} as a double[] of three numbers.")
                    .checker(answer -> {
                        double[] given = Answers.numbers(answer);
                        if (given != null && given.length == 3) {
                            if (sameNumbers(given, unchanged, 1e-6)) {
                                return CheckResult.wrong("those are the old weights: the perceptron gets this"
                                        + " example wrong, so they change.");
                            }
                            if (sameNumbers(given, wrongSign, 1e-6)) {
                                return CheckResult.wrong("the weights moved the wrong way: the error"
                                        + " y − ŷ is negative here.");
                            }
                            if (sameNumbers(given, biasForgotten, 1e-6)) {
                                return CheckResult.wrong("the weights are right, but the bias changes too"
                                        + " (it acts like a weight on an input that is always 1).");
                            }
                        }
                        return exact.check(answer);
                    })
                    .hints("First the prediction: z = 0.5·1 + (−0.3)·1 + 0.1. Is it above 0?",
                            "z = 0.3, so ŷ = 1 and the error y − ŷ = −1. Then wᵢ ← wᵢ + η·(y − ŷ)·xᵢ"
                                    + " and b ← b + η·(y − ŷ).",
                            "Each of the three numbers moves by η·(−1)·1 = −0.2.")
                    .solution("""
                            double[] updated = {0.3, -0.5, -0.1};
                            z = 0.5·1 − 0.3·1 + 0.1 = 0.3 > 0, so the perceptron says ŷ = 1 but y = 0:
                            the error y − ŷ is −1. Every weight moves by η·(y − ŷ)·xᵢ = 0.2·(−1)·1 = −0.2,
                            and the bias by η·(y − ŷ) = −0.2. The new sum for this x is −0.3: now it says 0.""")
                    .solutionCall("Exercises.perceptronUpdate().solution()")
                    .build();
        });
    }

    /** Weights and a bias that make one step neuron compute NAND, checked on the truth table. */
    public static Exercise nandWeights() {
        return made("nandWeights", () -> Exercise.builder("nandWeights", "A neuron that computes NAND")
                .question("NAND (not and) is 0 only when both inputs are 1: (0,0)→1, (0,1)→1, (1,0)→1,"
                        + " (1,1)→0. Find weights and a bias {w₁, w₂, b} so that a step neuron, which"
                        + " outputs 1 when w₁x₁ + w₂x₂ + b > 0 and 0 otherwise, computes NAND. Give them"
                        + " as a double[] of three numbers.")
                .checker(Exercises::checkNand)
                .hints("Start from a neuron for AND, e.g. w = (1, 1), b = −1.5, and think about what"
                                + " flipping the sign of every number does to the output.",
                        "The sum must be above 0 for (0,0), so b > 0, and below or at 0 for (1,1), so"
                                + " w₁ + w₂ + b ≤ 0. Also (0,1) and (1,0) need w₂ + b > 0 and w₁ + b > 0.",
                        "Try equal negative weights w₁ = w₂ = w < 0 and a bias b with −w < b ≤ −2w, e.g. w = −1 and"
                                + " b between 1 (not included) and 2.")
                .solution("""
                        double[] nand = {-1, -1, 1.5};
                        The sums are 1.5, 0.5, 0.5 and −0.5 for (0,0), (0,1), (1,0) and (1,1): above 0
                        except for (1,1). It is the AND neuron (1, 1, −1.5) with every sign flipped, which
                        flips the output of every input that is not exactly on the line.""")
                .solutionCall("Exercises.nandWeights().solution()")
                .build());
    }

    /** The fewest hidden step neurons that let a layered network compute XOR. */
    public static Exercise xorHiddenNeurons() {
        return made("xorHiddenNeurons", () -> Exercise.builder("xorHiddenNeurons",
                        "How many hidden neurons XOR needs")
                .question("XOR is 1 when exactly one input is 1: (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0."
                        + " Build it from step neurons (output 1 when w·x + b > 0, else 0) in layers: the"
                        + " inputs feed a hidden layer, and one output neuron sees only the hidden layer."
                        + " What is the smallest number of hidden neurons that can compute XOR exactly?")
                .checker(Checker.number(2, 1e-9, Map.of(
                        0.0, "with no hidden layer the output neuron sees x₁ and x₂ directly: that is the"
                                + " single neuron, and its one line gets at most 3 of the 4 points right.",
                        1.0, "with one hidden neuron the output sees a single 0-or-1 value, so the network"
                                + " still splits the plane along that one neuron's line.",
                        3.0, "3 works, but fewer can do it.",
                        4.0, "4 works (the network above uses 4), but fewer can do it.")))
                .hints("The 1s of XOR lie between two parallel lines: x₁ + x₂ = 0.5 and x₁ + x₂ = 1.5.",
                        "XOR(x₁, x₂) = AND(OR(x₁, x₂), NAND(x₁, x₂)): you have met neurons for OR and"
                                + " NAND in this chapter.",
                        "Each hidden neuron contributes one line; count the lines the hint before uses.")
                .solution("""
                        double hiddenNeurons = 2;
                        One hidden neuron computes OR, e.g. w = (1, 1), b = −0.5; the other NAND, e.g.
                        w = (−1, −1), b = 1.5. The output neuron computes AND of the two, e.g. w = (1, 1),
                        b = −1.5: it fires only between the two lines, where exactly one input is 1.
                        With one hidden neuron the output sees one 0-or-1 value, so the plane is still cut
                        along a single line, and a single line gets at most 3 of the 4 points right.""")
                .solutionCall("Exercises.xorHiddenNeurons().solution()")
                .build());
    }

    private static boolean sameNumbers(double[] given, double[] expected, double tolerance) {
        for (int i = 0; i < expected.length; i++) {
            if (!Answers.within(given[i], expected[i], tolerance)) {
                return false;
            }
        }
        return true;
    }

    private static CheckResult checkNand(Object answer) {
        double[] given = Answers.numbers(answer);
        if (answer == null) {
            return CheckResult.notAnswered("not answered yet; the answer is null");
        }
        if (given == null || given.length != 3) {
            return CheckResult.invalid("expected three numbers {w₁, w₂, b} as a double[] but was given "
                    + Answers.describe(answer));
        }
        if (Arrays.stream(given).allMatch(Double::isNaN)) {
            return CheckResult.notAnswered("not answered yet; replace the NaNs with your weights and bias");
        }
        if (!Arrays.stream(given).allMatch(Double::isFinite)) {
            return CheckResult.invalid("expected three finite numbers but was given "
                    + Arrays.toString(given));
        }
        int[][] inputs = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        for (int[] x : inputs) {
            double z = given[0] * x[0] + given[1] * x[1] + given[2];
            int output = z > 0 ? 1 : 0;
            int nand = x[0] == 1 && x[1] == 1 ? 0 : 1;
            if (output != nand) {
                return CheckResult.wrong("for input (" + x[0] + ", " + x[1] + ") the sum is "
                        + Answers.show(z) + ", so your neuron outputs " + output + ", but NAND gives "
                        + nand + ".");
            }
        }
        return CheckResult.correct("your neuron gives NAND on all four inputs.");
    }

    // --- optimizers --- (gradient descent and optimizers chapter) -----------------------------------

    /** One step of gradient descent on a function of two parameters, by hand. */
    public static Exercise gradientStep() {
        return made("gradientStep", () -> {
            Checker position = Checker.array(new double[] {1.8, 0.0}, 1e-3);
            Checker checker = answer -> {
                double[] given = Answers.numbers(answer);
                if (given != null && given.length == 2) {
                    if (Answers.within(given[0], 2.2, 1e-3) && Answers.within(given[1], 2.0, 1e-3)) {
                        return CheckResult.wrong("(2.2, 2.0) is a step uphill: gradient descent subtracts"
                                + " the learning rate times the gradient.");
                    }
                    if (Answers.within(given[0], 2.0, 1e-3) && Answers.within(given[1], 10.0, 1e-3)) {
                        return CheckResult.wrong("(2, 10) is the gradient at the start; the answer is the"
                                + " point you step to.");
                    }
                }
                return position.check(answer);
            };
            return Exercise.builder("gradientStep", "One step of gradient descent")
                    .question("Take f(x, y) = x²/2 + 5y², whose gradient is (x, 10y). Start at (x, y) = (2, 1)"
                            + " and take one step of gradient descent with learning rate η = 0.1. Where do you"
                            + " land? Answer as new double[] {x, y}.")
                    .checker(checker)
                    .hints("Gradient descent moves every parameter against its slope: θ ← θ − η · ∂f/∂θ.",
                            "At (2, 1) the gradient is (2, 10); multiply it by 0.1 and subtract it from (2, 1).")
                    .solution("""
                            double[] next = {2 - 0.1 * 2, 1 - 0.1 * (10 * 1)};   // gradient (x, 10y) at (2, 1) is (2, 10): {1.8, 0.0}
                            The steep direction y reaches its minimum 0 in one step, since η times its
                            curvature 10 is exactly 1; the shallow direction x only moves 10 % of the way.""")
                    .solutionCall("Exercises.gradientStep().solution()")
                    .build();
        });
    }

    /** One update of gradient descent with momentum, by hand. */
    public static Exercise momentumStep() {
        return made("momentumStep", () -> {
            double velocity = 0.9 * 0.5 + 1.2;           // 1.65
            double theta = 2.0 - 0.1 * velocity;          // 1.835
            return Exercise.builder("momentumStep", "One momentum update")
                    .question("A weight θ = 2.0 has velocity v = 0.5 from earlier steps, and its gradient now"
                            + " is g = 1.2. Momentum updates v ← β·v + g, then θ ← θ − η·v, with β = 0.9 and"
                            + " η = 0.1. What is the new θ? Answer to 3 decimals or better.")
                    .checker(Checker.number(theta, 1e-3, Map.of(
                            2.0 - 0.1 * 1.2, "that is a plain gradient step; momentum adds β·v to the gradient first.",
                            2.0 - 0.1 * 0.5, "that step uses the old velocity; update v first, then move θ.",
                            2.0 + 0.1 * velocity, "that moves uphill; θ goes against the velocity.",
                            velocity, "that is the new velocity v; now move θ by −η·v.")))
                    .hints("First the new velocity: v = 0.9 · 0.5 + 1.2.",
                            "v = 1.65, so θ = 2.0 − 0.1 · 1.65.")
                    .solution("""
                            double newTheta = 2.0 - 0.1 * (0.9 * 0.5 + 1.2);   // 1.835
                            The velocity is 0.9 · 0.5 + 1.2 = 1.65: the old velocity, faded, plus the gradient.
                            The step is 0.165 instead of a plain 0.12: the velocity remembers that earlier
                            gradients pointed the same way, so the weight speeds up.""")
                    .solutionCall("Exercises.momentumStep().solution()")
                    .build();
        });
    }

    /** The largest stable learning rate of gradient descent on a parabola of curvature a. */
    public static Exercise divergenceThreshold() {
        return made("divergenceThreshold", () -> Exercise.builder("divergenceThreshold",
                        "When gradient descent diverges")
                .question("Gradient descent on f(x) = a·x²/2 (curvature a > 0) converges to 0 for small"
                        + " learning rates η and diverges for large ones. Write the learning rate where it"
                        + " switches, as a function of a: a DoubleUnaryOperator a -> ....")
                .checker(Checker.function(a -> 2 / a, 1e-9, 0.5, 1, 2, 10, 250))
                .hints("The gradient is a·x, so one step gives x ← x − η·a·x = (1 − η·a)·x.",
                        "Each step multiplies x by (1 − η·a). It shrinks while |1 − η·a| < 1 and grows beyond;"
                                + " solve 1 − η·a = −1 for η.")
                .solution("""
                        DoubleUnaryOperator threshold = a -> 2 / a;
                        One step multiplies x by (1 − η·a). For 0 < η < 2/a that factor lies between −1
                        and 1, so x shrinks to 0 (overshooting and zigzagging when η > 1/a); at η = 2/a it
                        is −1 and x flips sign forever; above, |x| grows every step. Steep directions
                        (large a) set the limit, which is why one learning rate can be too small for a
                        shallow direction and too large for a steep one. For f(x) = a·x² the curvature is
                        2a, so the limit there is 1/a.""")
                .solutionCall("Exercises.divergenceThreshold().solution()")
                .build());
    }

    // --- loss functions ---

    /** The mean squared error of four predictions, by hand. */
    public static Exercise meanSquaredError() {
        return made("meanSquaredError", () -> Exercise.builder("meanSquaredError", "Mean squared error by hand")
                .question("A regressor predicts ŷ = (2.5, 0.0, 2.0, 1.0) for targets y = (3.0, -1.0, 2.0, 0.0)."
                        + " What is the mean squared error, the average of (y − ŷ)²? Answer to 3 decimals.")
                .checker(Checker.number(0.5625, 1e-3, Map.of(
                        2.25, "that is the sum of the squared errors; divide it by the number of examples.",
                        0.625, "that is the mean absolute error; square each error before averaging.",
                        0.75, "that is the root of the mean squared error (RMSE); leave out the square root.")))
                .hints("The errors y − ŷ are 0.5, −1.0, 0.0 and −1.0.",
                        "Square each error, add the squares, divide by 4.")
                .solution("""
                        double myMse = (Math.pow(3.0 - 2.5, 2) + Math.pow(-1.0 - 0.0, 2) + Math.pow(2.0 - 2.0, 2)
                                + Math.pow(0.0 - 1.0, 2)) / 4;                  // 0.5625
                        The squares are 0.25, 1, 0 and 1: the two errors of 1 make up almost all of it.""")
                .solutionCall("Exercises.meanSquaredError().solution()")
                .build());
    }

    /** Softmax of three logits, then the cross-entropy of the true class. */
    public static Exercise crossEntropyFromLogits() {
        return made("crossEntropyFromLogits", () -> {
            double sum = Math.exp(2.0) + Math.exp(1.0) + Math.exp(0.1);
            double p1 = Math.exp(1.0) / sum;
            return Exercise.builder("crossEntropyFromLogits", "Cross-entropy from logits")
                    .question("A classifier's output layer gives the logits z = (2.0, 1.0, 0.1) for three"
                            + " classes; the true class is class 1 (the second). Turn the logits into"
                            + " probabilities with softmax, p_k = e^(z_k) / Σ_j e^(z_j), and give the"
                            + " cross-entropy loss −ln p₁. Answer to 3 decimals.")
                    .checker(Checker.number(-Math.log(p1), 1e-3, Map.of(
                            p1, "that is the probability p₁; the loss is its negative natural logarithm.",
                            -Math.log10(p1), "that is −log₁₀ p₁; cross-entropy uses the natural logarithm,"
                                    + " Math.log in Java.",
                            -Math.log(Math.exp(2.0) / sum), "that is the loss for class 0; the true class"
                                    + " is class 1, the second logit.",
                            -Math.log(1.0 / 3.1), "that divides the logit by the sum of the logits;"
                                    + " softmax exponentiates each one first.")))
                    .hints("Softmax: exponentiate each logit, then divide each by the sum of the three.",
                            "e² ≈ 7.389, e¹ ≈ 2.718, e^0.1 ≈ 1.105; the sum is about 11.21.",
                            "p₁ = 2.718 / 11.21 ≈ 0.242; the answer is −Math.log(p₁).")
                    .solution("""
                            double myCrossEntropy = -Math.log(Math.exp(1.0) / (Math.exp(2.0) + Math.exp(1.0) + Math.exp(0.1)));   // 1.417
                            The exponentials sum to 11.212, so p₁ = e¹ / 11.212 = 0.2424.
                            The network gives the true class only a quarter of the probability, so the
                            loss is well above the ≈ 0.42 it would be if class 1 had the largest logit.""")
                    .solutionCall("Exercises.crossEntropyFromLogits().solution()")
                    .build();
        });
    }

    /** The Huber loss with δ = 2 as a function of the error. */
    public static Exercise huberLoss() {
        return made("huberLoss", () -> Exercise.builder("huberLoss", "The Huber loss with δ = 2")
                .question("Write the Huber loss with δ = 2 as a DoubleUnaryOperator of the error r = ŷ − y:"
                        + " r²/2 where |r| ≤ δ, and δ·(|r| − δ/2) beyond, so that it grows like the"
                        + " squared error near 0 and like the absolute error far out.")
                .checker(Checker.function(r -> huber(r, 2), 1e-9, -5, -2.5, -2, -1, -0.3, 0, 0.3, 1, 2, 3, 7))
                .hints("Inside |r| ≤ 2 it is 0.5 * r * r; test Math.abs(r) <= 2.",
                        "Outside, the slope is δ = 2 and the two pieces meet at |r| = 2, where both are 2:"
                                + " 2 * (Math.abs(r) - 1).",
                        "r -> Math.abs(r) <= 2 ? 0.5 * r * r : 2 * (Math.abs(r) - 1)")
                .solution("""
                        DoubleUnaryOperator huber = r -> Math.abs(r) <= 2 ? 0.5 * r * r : 2 * (Math.abs(r) - 1);
                        At |r| = 2 both pieces give 2 and both have slope 2, so the curve is smooth;
                        beyond it the slope stays 2, which caps how hard an outlier can pull.""")
                .solutionCall("Exercises.huberLoss().solution()")
                .build());
    }

    /** The Huber loss of an error {@code r}: squared within {@code delta}, linear beyond. */
    private static double huber(double r, double delta) {
        return Math.abs(r) <= delta ? 0.5 * r * r : delta * (Math.abs(r) - delta / 2);
    }

    // --- activations ---

    /** Write leaky ReLU, which keeps a small slope for negative inputs, as a Java function. */
    public static Exercise leakyRelu() {
        return made("leakyRelu", () -> Exercise.builder("leakyRelu", "Leaky ReLU as a function")
                .question("Write leaky ReLU with slope 0.01 for negative inputs, LeakyReLU(z) = z for z > 0"
                        + " and 0.01·z otherwise (DL4J's Activation.LEAKYRELU), as a DoubleUnaryOperator,"
                        + " e.g. DoubleUnaryOperator leakyRelu = z -> ...;")
                .checker(Checker.function(z -> z > 0 ? z : 0.01 * z, 1e-12, -50, -3, -0.5, 0, 0.5, 2, 40))
                .hints("For positive z it is ReLU; only the negative side changes: there it is a small"
                                + " multiple of z instead of 0.",
                        "Use the conditional operator: z > 0 ? (something) : (something else).")
                .solution("""
                        DoubleUnaryOperator leakyRelu = z -> z > 0 ? z : 0.01 * z;
                        Math.max(0.01 * z, z) is the same: for z > 0, z is the larger; for z < 0, 0.01·z is.
                        Its slope is 1 or 0.01, never 0, so a unit with negative sums still learns.""")
                .solutionCall("Exercises.leakyRelu().solution()")
                .build());
    }

    /** The derivative of tanh, written with tanh itself. */
    public static Exercise tanhDerivative() {
        return made("tanhDerivative", () -> Exercise.builder("tanhDerivative", "The slope of tanh")
                .question("The chapter derived the slope of the hyperbolic tangent from the function itself:"
                        + " tanh'(z) = 1 − tanh(z)². Write it as a DoubleUnaryOperator that calls Math.tanh only"
                        + " once, as backpropagation does when it reuses the output saved in the forward pass.")
                .checker(Checker.function(z -> 1 - Math.tanh(z) * Math.tanh(z), 1e-6,
                        -5, -2, -0.5, 0, 0.5, 2, 5))
                .hints("The slope is 1 at z = 0 and falls towards 0 on both sides, where tanh flattens out at -1 and 1.",
                        "tanh'(z) = 1 − tanh(z)²: one minus the square of the output.",
                        "In the lambda, compute double t = Math.tanh(z); then return 1 - t * t.")
                .solution("""
                        DoubleUnaryOperator tanhDerivative = z -> {
                            double t = Math.tanh(z);
                            return 1 - t * t;
                        };
                        With tanh(z) = sinh(z) / cosh(z), the quotient rule gives (cosh² − sinh²) / cosh²
                        = 1 − tanh². Backpropagation reuses the output t saved in the forward pass.""")
                .solutionCall("Exercises.tanhDerivative().solution()")
                .build());
    }

    /** How much the sigmoid's slopes alone can shrink a gradient through ten layers. */
    public static Exercise vanishingGradientFactor() {
        double factor = Math.pow(0.25, 10);                                // 9.54e-7
        return made("vanishingGradientFactor", () -> Exercise.builder("vanishingGradientFactor",
                        "Ten sigmoid layers")
                .question("Backpropagation multiplies a gradient by σ'(z) once at every sigmoid layer it"
                        + " passes. Through 10 sigmoid layers, what is the LARGEST number those 10 slopes can"
                        + " multiply it by together? Answer as a number (a Java expression is fine).")
                .checker(Checker.number(factor, 1e-8, Map.of(
                        0.25, "that is one layer's largest slope; there are 10 layers.",
                        Math.pow(0.5, 10), "0.5 is σ(0), the sigmoid's value at 0, not its slope there.",
                        2.5, "the slopes multiply, they do not add up.")))
                .hints("The sigmoid's slope σ'(z) = σ(z)·(1 − σ(z)) is largest at z = 0. How large?",
                        "σ(0) = 0.5, so the largest slope is 0.5 · 0.5 = 0.25; each layer multiplies by at most that.",
                        "Multiply 0.25 by itself 10 times: Math.pow(0.25, 10).")
                .solution("""
                        double factor = Math.pow(0.25, 10);   // about 9.5e-7
                        Each sigmoid layer multiplies the gradient by a slope of at most 0.25, so ten of them
                        shrink it by a factor of a million or more (the weights can change this, but rarely by
                        enough). tanh's slopes reach 1 and ReLU's are exactly 1 for positive sums.""")
                .solutionCall("Exercises.vanishingGradientFactor().solution()")
                .build());
    }

    // --- tuning ---------------------------------------------------------------------------------

    /** Count the trainings a grid search needs. */
    public static Exercise gridSearchSize() {
        return made("gridSearchSize", () -> Exercise.builder("gridSearchSize", "The size of a grid")
                .question("A grid search tries 4 learning rates, 3 widths and 2 depths, one training for"
                        + " every combination. How many networks does it train?")
                .checker(Checker.number(24, 0, Map.of(
                        9.0, "that is 4 + 3 + 2, the values tried one setting at a time; a grid tries"
                                + " every combination of them.",
                        12.0, "that covers two of the settings; the depth doubles it again.",
                        64.0, "that would be 4 values for each of the three settings.")))
                .hints("Fix a width and a depth: how many learning rates are tried with them?",
                        "Each of the 3 × 2 (width, depth) pairs is tried with each of the 4 learning rates.")
                .solution("""
                        int trainings = 4 * 3 * 2;   // 24
                        A grid multiplies: every new setting with k values makes the search k times
                        longer. With 5 settings of 4 values each it would be 4^5 = 1024 trainings.""")
                .solutionCall("Exercises.gridSearchSize().solution()")
                .build());
    }

    /** Turn a uniform number u in [0, 1] into a log-uniform learning rate. */
    public static Exercise logUniformLearningRate() {
        return made("logUniformLearningRate", () -> Exercise.builder("logUniformLearningRate",
                        "A log-uniform learning rate")
                .question("Write a DoubleUnaryOperator that turns u, uniform in [0, 1], into a learning rate"
                        + " between 1e-4 (at u = 0) and 1e-1 (at u = 1), log-uniform: each factor of 10"
                        + " (1e-4 to 1e-3, 1e-3 to 1e-2, 1e-2 to 1e-1) gets the same share of the draws.")
                .checker(u -> {
                    CheckResult result = Checker.function(Exercises::logUniformRate, 1e-9,
                            0, 0.1, 1.0 / 3, 0.5, 2.0 / 3, 0.9, 1).check(u);
                    DoubleUnaryOperator f = Answers.function(u);
                    if (!result.passed() && f != null && result.status() == CheckResult.Status.WRONG) {
                        double half = safely(f, 0.5);
                        if (Math.abs(half - (1e-4 + 0.5 * (1e-1 - 1e-4))) < 1e-9) {
                            return CheckResult.wrong("your rate is uniform, not log-uniform: at u = 0.5 it"
                                    + " gives 0.05, so half the draws land between 0.05 and 0.1. The middle"
                                    + " of 1e-4 and 1e-1 on a log scale is about 0.0032.");
                        }
                    }
                    return result;
                })
                .hints("Draw the exponent, not the rate: the exponent goes from -4 to -1 as u goes from 0 to 1.",
                        "The exponent is -4 + 3u; the rate is 10 to that power: Math.pow(10, ...).")
                .solution("""
                        DoubleUnaryOperator rate = u -> Math.pow(10, -4 + 3 * u);
                        u = 0 gives 10^-4, u = 1 gives 10^-1, and u = 1/3 gives 10^-3: each third of
                        the draws covers one factor of 10. In general, between a and b:
                        Math.exp(Math.log(a) + u * (Math.log(b) - Math.log(a))).""")
                .solutionCall("Exercises.logUniformLearningRate().solution()")
                .build());
    }

    /** Which data set decides between configurations, and which one is only for the final report. */
    public static Exercise setForChoosingTheModel() {
        return made("setForChoosingTheModel", () -> Exercise.builder("setForChoosingTheModel",
                        "The set that chooses")
                .question("You trained 20 configurations and must pick the one to keep. On which set do you"
                        + " compare them: \"training\", \"validation\" or \"test\"? Answer with the word.")
                .checker(answer -> {
                    if (answer == null) {
                        return CheckResult.notAnswered("not answered yet; the answer is null");
                    }
                    if (!(answer instanceof CharSequence text)) {
                        return CheckResult.invalid("expected a word in quotes, such as \"training\", but was"
                                + " given " + Answers.describe(answer));
                    }
                    String word = text.toString().trim().toLowerCase(java.util.Locale.ROOT);
                    return switch (word) {
                        case "validation" -> CheckResult.correct("\"validation\" is right: the test set stays"
                                + " untouched until the single final evaluation.");
                        case "test" -> CheckResult.wrong("\"test\" is not it: picking the best of 20 on the"
                                + " test set tunes to its quirks, so its score is no longer an honest"
                                + " estimate for new data.");
                        case "training", "train" -> CheckResult.wrong("\"" + word + "\" is not it: the"
                                + " training score rewards memorising; the biggest network and longest"
                                + " training would always win.");
                        default -> CheckResult.invalid("expected one of \"training\", \"validation\" or"
                                + " \"test\" but was given \"" + text + "\"");
                    };
                })
                .hints("One set is used to fit the weights, one to compare settings, one to report once.",
                        "A score you have chosen by can no longer tell you, without bias, how well the choice"
                                + " does on new data.")
                .solution("""
                        String set = "validation";
                        Training data fits the weights; validation data compares the configurations
                        (and decides when to stop); the test set is used once, at the very end, for
                        the number you report. Choosing on the test set makes that number optimistic.""")
                .solutionCall("Exercises.setForChoosingTheModel().solution()")
                .build());
    }

    private static double logUniformRate(double u) {
        return Math.pow(10, -4 + 3 * u);
    }

    private static double safely(DoubleUnaryOperator f, double u) {
        try {
            return f.applyAsDouble(u);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    // --- Overfitting and regularization: the L2 penalty, dropout, early stopping. ----------------

    /** Work out the L2 penalty of a small weight vector, in DL4J's convention (λ/2)·Σw². */
    public static Exercise l2Penalty() {
        return made("l2Penalty", () -> {
            double[] w = {0.5, -1.0, 2.0, 0.0};
            double lambda = 0.01;
            double squares = Arrays.stream(w).map(v -> v * v).sum();          // 5.25
            double absolutes = Arrays.stream(w).map(Math::abs).sum();         // 3.5
            return Exercise.builder("l2Penalty", "The L2 penalty of four weights")
                    .question("A layer has the weights w = (0.5, -1.0, 2.0, 0.0) and is trained with"
                            + " .l2(0.01), so λ = 0.01. DL4J adds the penalty (λ/2)·Σ wᵢ² to the loss."
                            + " How large is the penalty? Answer to 5 decimals or better.")
                    .checker(Checker.number(lambda / 2 * squares, 1e-5, Map.of(
                            lambda * squares, "that is λ·Σw²; DL4J's penalty has a factor 1/2 in front.",
                            lambda / 2 * absolutes, "that sums |wᵢ|, the L1 penalty; L2 squares each weight.",
                            lambda * absolutes, "that is λ·Σ|wᵢ|, the L1 penalty; L2 squares each weight.",
                            squares, "that is Σw² alone; multiply it by λ/2.")))
                    .hints("Square each weight, add the squares, then multiply by λ/2 = 0.005.",
                            "0.5² + (-1.0)² + 2.0² + 0² = 0.25 + 1 + 4 + 0 = 5.25.")
                    .solution("""
                            double penalty = 0.01 / 2 * (0.5 * 0.5 + -1.0 * -1.0 + 2.0 * 2.0 + 0.0 * 0.0);   // 0.02625
                            The largest weight, 2.0, contributes 4 of the 5.25: L2 punishes large weights
                            most, so training shrinks those first. The weight 0 costs nothing.""")
                    .solutionCall("Exercises.l2Penalty().solution()")
                    .build();
        });
    }

    /** The expected number of units a dropout layer keeps in one training step. */
    public static Exercise dropoutKeptUnits() {
        return made("dropoutKeptUnits", () -> Exercise.builder("dropoutKeptUnits", "Units kept by dropout")
                .question("A hidden layer of 200 units feeds a layer built with .dropout(0.3). In one"
                        + " training step, how many of the 200 units does dropout keep, on average?")
                .checker(Checker.number(140, 1e-9, Map.of(
                        60.0, "that is how many are dropped; the rate 0.3 is the fraction dropped.",
                        0.7, "that is the fraction kept; multiply it by the 200 units.",
                        200.0, "that is every unit, as in prediction; while training some are dropped.")))
                .hints("The dropout rate is the probability that a unit is dropped in a training step;"
                                + " each unit is kept with probability 1 − rate.",
                        "Expected kept units = 200 · (1 − 0.3).")
                .solution("""
                        double kept = 200 * (1 - 0.3);   // 140
                        Each unit is kept with probability 0.7, independently, so on average 140 are kept
                        (the exact number varies from step to step). To keep the next layer's input the
                        same size on average, the kept units are multiplied by 1 / 0.7 while training;
                        prediction uses all 200 unscaled.""")
                .solutionCall("Exercises.dropoutKeptUnits().solution()")
                .build());
    }

    /** Read off where early stopping stops, and which epoch it restores, from a validation curve. */
    public static Exercise earlyStoppingEpochs() {
        return made("earlyStoppingEpochs", () -> Exercise.builder("earlyStoppingEpochs",
                        "Where early stopping stops")
                .question("Training for 12 epochs with .earlyStopping(3) records these validation losses,"
                        + " epoch 1 first: " + Arrays.toString(EARLY_STOPPING_CURVE) + ". After which epoch"
                        + " does training stop, and which epoch's parameters does the network get back?"
                        + " Answer int[] {restored epoch, last epoch trained}.")
                .checker(Checker.array(new double[] {7, 10}, 1e-9))
                .hints("Patience 3 means: stop once 3 epochs in a row bring no new lowest validation loss."
                                + " A new lowest value resets the count.",
                        "The loss is lowest so far in epoch 5 (0.36), but epoch 7 (0.35) beats it; count 3"
                                + " epochs without improvement after epoch 7.")
                .solution("""
                        int[] answer = {7, 10};
                        Epoch 5 reaches 0.36; epoch 6 is worse (count 1); epoch 7 reaches 0.35, a new
                        best, so the count restarts. Epochs 8, 9 and 10 are all worse than 0.35: the
                        count reaches 3 after epoch 10 and training stops there, two epochs early. The
                        network gets back the parameters of epoch 7.""")
                .solutionCall("Exercises.earlyStoppingEpochs().solution()")
                .build());
    }

    private static final double[] EARLY_STOPPING_CURVE =
            {0.62, 0.48, 0.41, 0.37, 0.36, 0.38, 0.35, 0.36, 0.37, 0.39, 0.40, 0.42};

    // --- recurrent networks ---

    /** Count the parameters of a simple RNN layer: input weights, recurrent weights and biases. */
    public static Exercise simpleRnnParameters() {
        int features = 3;
        int units = 16;
        return made("simpleRnnParameters", () -> Exercise.builder("simpleRnnParameters",
                        "The parameters of a simple RNN layer")
                .question("A simple RNN layer reads sequences of 3 features per time step and has 16 units,"
                        + " h_t = tanh(x_t·Wₓ + h_{t-1}·Wₕ + b). How many parameters (weights plus biases)"
                        + " does the layer have? The number of time steps does not matter.")
                .checker(Checker.number(features * units + units * units + units, 0, Map.of(
                        (double) (features * units + units), "that counts Wₓ and b, as for a dense layer;"
                                + " the recurrent weights Wₕ, from the state to the next state, are missing.",
                        (double) (features * units + units * units), "the 16 biases are missing.",
                        (double) (units * units + units), "the input weights Wₓ, 3 features × 16 units,"
                                + " are missing.",
                        (double) (features * units + 2 * units), "Wₕ connects every unit to every unit:"
                                + " 16 × 16 weights, not 16.")))
                .hints("Three groups: Wₓ from the inputs to the units, Wₕ from the units to the units, and b.",
                        "Wₓ is 3 × 16, Wₕ is 16 × 16 (every unit's state feeds every unit), b has 16 values.")
                .solution("""
                        int parameters = 3 * 16 + 16 * 16 + 16;   // 48 + 256 + 16 = 320
                        The same weights serve every time step, so a sequence of 10 or 1000 steps
                        uses the same 320 numbers. Summary.of(net) shows DL4J's count, in the
                        shapes W {3,16}, RW {16,16} and b {16}.""")
                .solutionCall("Exercises.simpleRnnParameters().solution()")
                .build());
    }

    /** Two steps of the hidden-state recurrence by hand, for a layer of one unit. */
    public static Exercise hiddenStateByHand() {
        double wx = 0.8;
        double wh = 0.5;
        double b = -0.1;
        double h1 = Math.tanh(wx * 1.0 + b);                       // tanh(0.7) = 0.6044
        double h2 = Math.tanh(wx * 0.5 + wh * h1 + b);              // tanh(0.6022) = 0.5385
        return made("hiddenStateByHand", () -> Exercise.builder("hiddenStateByHand",
                        "Two steps of a hidden state")
                .question("A simple RNN with one unit has the input weight wₓ = 0.8, the recurrent weight"
                        + " wₕ = 0.5 and the bias b = -0.1, and starts from h₀ = 0. It reads x₁ = 1.0 and then"
                        + " x₂ = 0.5, each step computing h_t = tanh(wₓ·x_t + wₕ·h_{t-1} + b). What is h₂?"
                        + " Answer to 3 decimals or better.")
                .checker(Checker.number(h2, 1e-3, Map.of(
                        h1, "that is h₁, the state after the first step; use it to compute h₂.",
                        wx * 0.5 + wh * h1 + b, "that is the sum before the activation; pass it through tanh.",
                        Math.tanh(wx * 0.5 + b), "the recurrent term wₕ·h₁ is missing: the state carries"
                                + " the first input into the second step.",
                        wx * 0.5 + wh * (wx + b) + b, "tanh is missing, in both steps.")))
                .hints("First step: h₁ = tanh(0.8 · 1.0 + 0.5 · 0 + (-0.1)) = tanh(0.7).",
                        "Second step: h₂ = tanh(0.8 · 0.5 + 0.5 · h₁ - 0.1); in Java Math.tanh(...).")
                .solution("""
                        double h2 = Math.tanh(0.8 * 0.5 + 0.5 * Math.tanh(0.8 * 1.0 + 0.5 * 0.0 - 0.1) - 0.1);   // 0.5385
                        Step by step: h₁ = tanh(0.7) = 0.6044, then h₂ = tanh(0.4 + 0.5·0.6044 − 0.1) = tanh(0.6022).
                        h₂ depends on x₁ only through h₁: that is the network's whole memory of the
                        past, and each step mixes it with the new input and squashes it again.""")
                .solutionCall("Exercises.hiddenStateByHand().solution()")
                .build());
    }

    /** What the naive forecast predicts on a short series, and its mean squared error. */
    public static Exercise naiveForecastError() {
        return made("naiveForecastError", () -> Exercise.builder("naiveForecastError",
                        "The naive forecast's error")
                .question("The series 2, 3, 5, 4, 6 is cut into windows of 2 steps, each predicting the next"
                        + " value (horizon 1), as Sequences.windows(series, 2, 1) does: (2, 3) → 5, (3, 5) → 4,"
                        + " (5, 4) → 6. The naive forecast predicts the last value of each window. What is its"
                        + " mean squared error (MSE) over the three windows?")
                .checker(Checker.number(3.0, 1e-6, Map.of(
                        Math.sqrt(3.0), "that is the RMSE, the square root of the MSE.",
                        5.0 / 3, "that is the mean absolute error; square the errors instead.",
                        11.0 / 3, "that uses the first value of each window; the naive forecast repeats the"
                                + " last one.",
                        8.5 / 3, "that predicts the mean of each window; the naive forecast repeats its last"
                                + " value.",
                        9.0, "that is the sum of the squared errors; divide by the 3 windows.")))
                .hints("The naive forecasts are 3, 5 and 4 (the last value of each window).",
                        "The errors are 5 - 3, 4 - 5 and 6 - 4; square them and take the mean.")
                .solution("""
                        double naiveMse = (Math.pow(5 - 3, 2) + Math.pow(4 - 5, 2) + Math.pow(6 - 4, 2)) / 3.0;   // 3.0
                        The actual values are 5, 4, 6; the naive forecasts (the last value of each window) 3, 5, 4.
                        Sequences.lastValueForecast(Sequences.windows(new double[] {2, 3, 5, 4, 6}, 2, 1))
                        gives the same forecasts. A model that cannot beat this has not learned the series.""")
                .solutionCall("Exercises.naiveForecastError().solution()")
                .build());
    }

    // --- generative adversarial networks ---

    /** The discriminator loss Gan reports when the discriminator answers 0.5 for every example. */
    public static Exercise discriminatorLossAtEquilibrium() {
        return made("discriminatorLossAtEquilibrium", () -> Exercise.builder("discriminatorLossAtEquilibrium",
                        "The discriminator's loss when it cannot tell")
                .question("Gan trains its discriminator on a batch of b real examples (label 1) and b generated"
                        + " ones (label 0) and reports the mean binary cross-entropy over those 2b examples,"
                        + " −[y·ln D(x) + (1 − y)·ln(1 − D(x))] each. Suppose the generator is perfect and the"
                        + " discriminator answers D(x) = 0.5 for every example. What discriminator loss does"
                        + " train report? Answer to 3 decimals or better.")
                .checker(Checker.number(Math.log(2), 1e-3, Map.of(
                        2 * Math.log(2), "that is ln 4, the sum of the two terms of the minimax value"
                                + " (one real, one generated); Gan averages over all 2b examples.",
                        -Math.log(2), "a cross-entropy is never negative: it is −ln of a probability.",
                        -2 * Math.log(2), "that is the minimax value V(D, G) = −ln 4 at equilibrium;"
                                + " the loss Gan reports is the mean cross-entropy per example.",
                        0.5, "that is D(x) itself; the loss is −ln of the probability given to the right label.",
                        Math.log10(2), "use the natural logarithm, Math.log in Java.")))
                .hints("Every example, real or generated, gets probability 0.5 for its right label.",
                        "The loss of one example is −ln 0.5, and the mean of equal numbers is that number.")
                .solution("""
                        double loss = -Math.log(0.5);   // ln 2 = 0.6931
                        A real example costs −ln D(x) = −ln 0.5 and a generated one −ln(1 − D(x)) =
                        −ln 0.5: every one of the 2b examples costs ln 2, so their mean is ln 2. The
                        minimax value adds one real and one generated term, 2·ln 0.5 = −ln 4; Gan's
                        number is the same thing per example, with the sign of a loss. The generator's
                        loss −ln D(G(z)) is ln 2 there too. So when both curves sit near 0.69 neither
                        player is winning.""")
                .solutionCall("Exercises.discriminatorLossAtEquilibrium().solution()")
                .build());
    }

    /** The optimal discriminator D*(x) = p_data(x) / (p_data(x) + p_g(x)) at one point. */
    public static Exercise optimalDiscriminator() {
        return made("optimalDiscriminator", () -> Exercise.builder("optimalDiscriminator",
                        "The best possible discriminator")
                .question("For a fixed generator, the discriminator that maximizes the GAN objective is"
                        + " D*(x) = p_data(x) / (p_data(x) + p_g(x)), where p_data and p_g are the densities"
                        + " of the real and the generated examples. At a point x where p_data(x) = 0.3 and"
                        + " p_g(x) = 0.1 (the generator puts too little there), what is D*(x)?")
                .checker(Checker.number(0.75, 1e-3, Map.of(
                        0.25, "that is p_g / (p_data + p_g), the probability of \"generated\"; D gives the"
                                + " probability of \"real\".",
                        3.0, "that is the ratio p_data / p_g; D* divides by the sum p_data + p_g.",
                        0.5, "D* = 0.5 only where the two densities are equal; here real examples are more"
                                + " common.",
                        0.3, "that is p_data alone; divide it by p_data + p_g.")))
                .hints("D*(x) is the share of the examples near x that are real, when real and generated"
                                + " examples are equally many.",
                        "0.3 / (0.3 + 0.1).")
                .solution("""
                        double best = 0.3 / (0.3 + 0.1);   // 0.75
                        Near x, real examples are three times as common as generated ones, so the best
                        guess is "real" with probability 3/4. The generator's gradient then pushes its
                        samples towards x, where D is high, until p_g = p_data and D* = 0.5 everywhere:
                        the equilibrium of the game.""")
                .solutionCall("Exercises.optimalDiscriminator().solution()")
                .build());
    }

    /** Count the parameters of a GAN's generator, layer by layer. */
    public static Exercise generatorParameters() {
        return made("generatorParameters", () -> {
            long expected = (16 * 128 + 128) + (128 * 128 + 128) + (128 * 64 + 64);   // 26,944
            return Exercise.builder("generatorParameters", "How large is the generator?")
                    .question("The digit GAN's generator is built with .noiseSize(16).dataSize(64)"
                            + ".generatorHidden(128, 128): 16 noise values → 128 → 128 → 64 pixels, dense"
                            + " layers with a weight per connection and a bias per unit. How many"
                            + " parameters does it have? Check with gan.generator().numParams().")
                    .checker(Checker.number(expected, 1e-6, Map.of(   // relative: exactly this count
                            (double) (16 * 128 + 128 * 128 + 128 * 64), "those are the weights only; each"
                                    + " unit also has a bias.",
                            (double) ((64 * 128 + 128) + (128 * 128 + 128) + (128 + 1)), "that is the"
                                    + " discriminator (64 → 128 → 128 → 1).",
                            (double) ((16 * 128 + 128) + (128 * 64 + 64)), "the generator has two hidden"
                                    + " layers of 128: count the 128 → 128 layer too.")))
                    .hints("A dense layer from n inputs to m units has n·m weights and m biases.",
                            "Three layers: 16 → 128, 128 → 128 and 128 → 64.")
                    .solution("""
                            long params = (16 * 128 + 128) + (128 * 128 + 128) + (128 * 64 + 64);   // 26,944
                            2,176 + 16,512 + 8,256. The middle layer holds most of them. The generator
                            never sees a real digit: all it learns comes through the discriminator's
                            gradient.""")
                    .solutionCall("Exercises.generatorParameters().solution()")
                    .build();
        });
    }

    // --- convolutional networks ---------------------------------------------------------------

    /** The output size of a convolution from the input size, kernel, padding and stride. */
    public static Exercise convOutputSize() {
        return made("convOutputSize", () -> Exercise.builder("convOutputSize", "The size after a convolution")
                .question("A convolution with a 5 × 5 kernel, padding 2 and stride 2 is applied to a 32 × 32"
                        + " image. How many pixels wide is its output?")
                .checker(Checker.number(16, 0, Map.of(
                        15.0, "that is ⌊(n + 2p − k)/s⌋ without the + 1: count the first position of the"
                                + " kernel too.",
                        14.0, "that leaves out the padding: 2 zeros on each side make the input 36 wide.",
                        15.5, "that divides without rounding down: the kernel cannot stop half-way.",
                        16.5, "that divides without rounding down: the kernel cannot stop half-way.",
                        32.0, "that is the size with stride 1; stride 2 skips every other position.",
                        28.0, "that is the size with no padding and stride 1.")))
                .hints("Use ⌊(n + 2p − k) / s⌋ + 1 with n = 32, k = 5, p = 2, s = 2.",
                        "n + 2p − k = 32 + 4 − 5 = 31; 31 / 2 rounded down is 15.")
                .solution("""
                        int width = (32 + 2 * 2 - 5) / 2 + 1;   // 16 (Java's int division rounds down)
                        The padded image is 36 wide; a 5-wide kernel fits at 32 positions with stride 1,
                        and every second one of them with stride 2: 16. Padding (k − 1)/2 = 2 keeps the
                        size at stride 1, so stride 2 halves it, as pooling would.""")
                .solutionCall("Exercises.convOutputSize().solution()")
                .build());
    }

    /** Count the weights and biases of one convolution layer. */
    public static Exercise convLayerParameters() {
        return made("convLayerParameters", () -> Exercise.builder("convLayerParameters",
                        "The parameters of a convolution layer")
                .question("A convolution layer has 24 filters of 5 × 5 and its input has 8 channels (the"
                        + " feature maps of the layer before). How many parameters (weights and biases)"
                        + " does it have?")
                .checker(Checker.number(5 * 5 * 8 * 24 + 24, 0, Map.of(
                        4800.0, "that counts the weights only; each filter also has one bias.",
                        624.0, "that forgets the input channels: each filter has a 5 × 5 kernel for every"
                                + " one of the 8 channels.",
                        600.0, "that forgets the input channels and the biases.",
                        208.0, "that is one filter (5 · 5 · 8 weights and a bias); there are 24.")))
                .hints("One filter looks at all 8 input channels: it has 5 · 5 · 8 weights and 1 bias.",
                        "24 filters of (5 · 5 · 8 + 1) parameters each.")
                .solution("""
                        int parameters = 24 * (5 * 5 * 8 + 1);   // 4824
                        The count does not depend on the image size: the same weights slide over every
                        position. A dense layer from a 28 × 28 × 8 input to 24 units would need
                        6272 · 24 + 24 = 150,552.""")
                .solutionCall("Exercises.convLayerParameters().solution()")
                .build());
    }

    /** Say which edges a 3 × 3 kernel responds to. */
    public static Exercise kernelDetects() {
        return made("kernelDetects", () -> Exercise.builder("kernelDetects", "What a kernel detects")
                .question("Which edges does the kernel {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}} respond to most"
                        + " strongly: \"vertical\", \"horizontal\" or \"none\" (it blurs)? Answer with the word.")
                .checker(answer -> {
                    if (answer == null) {
                        return CheckResult.notAnswered("not answered yet; the answer is null");
                    }
                    if (!(answer instanceof CharSequence text)) {
                        return CheckResult.invalid("expected a word in quotes, such as \"vertical\", but was"
                                + " given " + Answers.describe(answer));
                    }
                    String word = text.toString().trim().toLowerCase(java.util.Locale.ROOT);
                    return switch (word) {
                        case "horizontal" -> CheckResult.correct("\"horizontal\" is right: it subtracts the"
                                + " row above from the row below, so it is large where dark meets bright"
                                + " from top to bottom.");
                        case "vertical" -> CheckResult.wrong("\"vertical\" is not it: along each row the"
                                + " kernel's weights are all the same sign; left and right are not compared.");
                        case "none", "blur" -> CheckResult.wrong("\"" + word + "\" is not it: a blur has"
                                + " only positive weights; these sum to 0, so a flat patch gives 0.");
                        default -> CheckResult.invalid("expected one of \"vertical\", \"horizontal\" or"
                                + " \"none\" but was given \"" + text + "\"");
                    };
                })
                .hints("The weights sum to 0: on a patch of one grey the output is 0. What must differ"
                                + " inside the patch to give a large output?",
                        "The top row is negative and the bottom row positive: the kernel compares the"
                                + " pixels above with those below.")
                .solution("""
                        String edges = "horizontal";
                        It is the vertical-edge kernel of this chapter turned by 90°: bottom row minus
                        top row, the middle column weighted twice. A horizontal edge (dark above,
                        bright below) gives a large positive output, bright above dark a large
                        negative one, and a vertical edge gives 0.""")
                .solutionCall("Exercises.kernelDetects().solution()")
                .build());
    }

    // --- lstm ---------------------------------------------------------------------------------------

    /** Count the parameters of an LSTM layer: four gates, each a small dense layer on [x, h]. */
    public static Exercise lstmParameterCount() {
        int in = 10;
        int n = 20;
        double count = 4.0 * (in * n + n * n + n);                       // 2480
        return made("lstmParameterCount", () -> Exercise.builder("lstmParameterCount",
                        "The parameters of an LSTM layer")
                .question("An LSTM layer reads " + in + " features per step and has " + n + " units."
                        + " How many parameters (weights and biases) does it have? DL4J's LSTM has no"
                        + " peephole connections.")
                .checker(Checker.number(count, 0, Map.of(
                        (double) (in * n + n * n + n), "that is one gate's share; an LSTM layer has four:"
                                + " forget, input, output and the candidate.",
                        4.0 * (in * n + n), "the recurrent weights are missing: every gate also reads the"
                                + " previous hidden state, n·n weights each.",
                        4.0 * (in * n + n * n), "the biases are missing: one per unit for each of the four.",
                        3.0 * (in * n + n * n + n), "that counts three gates; the candidate g is a fourth"
                                + " small layer of the same size.")))
                .hints("Each of the four (f, i, o and the candidate g) is a dense layer reading the input x"
                                + " (10 numbers) and the previous hidden state h (20 numbers), with one bias per unit.",
                        "One of them: 10·20 input weights + 20·20 recurrent weights + 20 biases = 620.")
                .solution("""
                        long parameters = 4 * (10 * 20 + 20 * 20 + 20);   // 2480
                        Four small layers, each with n_in·n input weights, n·n recurrent weights and n
                        biases: 4·(n_in·n + n·n + n). A simple RNN layer of the same size has one such
                        layer, 620 parameters, so the LSTM costs four times as much per step.""")
                .solutionCall("Exercises.lstmParameterCount().solution()")
                .build());
    }

    /** Compute a forget gate's value by hand, for a cell with one unit. */
    public static Exercise forgetGateValue() {
        double z = 0.5 * 2.0 + -1.0 * 0.5 + 1.0;                         // 1.5
        return made("forgetGateValue", () -> Exercise.builder("forgetGateValue", "A forget gate by hand")
                .question("An LSTM cell with one unit has the forget-gate weights W_f = 0.5 (input),"
                        + " U_f = -1.0 (recurrent) and bias b_f = 1.0. At this step the input is x = 2.0"
                        + " and the previous hidden state h = 0.5. What is the forget gate's value f?"
                        + " Answer to 3 decimals or better.")
                .checker(Checker.number(sigmoid(z), 1e-3, Map.of(
                        z, "that is the weighted sum; the gate passes it through the sigmoid σ.",
                        Math.tanh(z), "that is tanh of the sum; the gates use the sigmoid, so they lie"
                                + " between 0 and 1.",
                        sigmoid(z - 1.0), "it looks like the bias b_f is missing.",
                        sigmoid(0.5 * 2.0 + 1.0), "the recurrent part U_f·h is missing.")))
                .hints("f = σ(W_f·x + U_f·h + b_f), with σ(z) = 1 / (1 + e^(-z)).",
                        "The sum is 0.5·2.0 + (-1.0)·0.5 + 1.0 = 1.5; now σ(1.5) = 1 / (1 + Math.exp(-1.5)).")
                .solution("""
                        double forgetGate = 1 / (1 + Math.exp(-(0.5 * 2.0 + -1.0 * 0.5 + 1.0)));   // σ(1.5) = 0.8176
                        The cell keeps about 82 % of its state at this step: c = 0.8176·c_previous + i·g.
                        A larger bias b_f pushes f towards 1, so the cell forgets more slowly.""")
                .solutionCall("Exercises.forgetGateValue().solution()")
                .build());
    }

    /** How a temperature below 1 changes the probability of the likeliest character. */
    public static Exercise temperatureProbability() {
        double[] p = {0.5, 0.3, 0.2};
        double cold = 0.25 / (0.25 + 0.09 + 0.04);                       // 0.6579
        double root = Math.sqrt(0.5) / (Math.sqrt(0.5) + Math.sqrt(0.3) + Math.sqrt(0.2));
        return made("temperatureProbability", () -> Exercise.builder("temperatureProbability",
                        "Sampling at a temperature")
                .question("A character model gives the next character the probabilities "
                        + Arrays.toString(p) + " for 'e', 'a' and 'o'. Sampling at temperature T = 0.5"
                        + " raises each probability to the power 1/T and scales them to sum to 1. What"
                        + " probability does 'e' get? Answer to 3 decimals or better.")
                .checker(Checker.number(cold, 1e-3, Map.of(
                        0.5, "that is the probability at T = 1; at T = 0.5 it changes.",
                        0.25, "that is 0.5² before scaling; divide by the sum of all three squares.",
                        root, "that raises to the power T = 0.5 (a square root), which flattens; the power is"
                                + " 1/T = 2.")))
                .hints("1/T = 2: square each probability, 0.5² = 0.25, 0.3² = 0.09, 0.2² = 0.04.",
                        "Then divide 0.25 by the sum of the three squares.")
                .solution("""
                        double probabilityOfE = 0.25 / (0.25 + 0.09 + 0.04);   // 0.658
                        TextGenerator.withTemperature(new double[] {0.5, 0.3, 0.2}, 0.5) gives the same.
                        Below 1 the likeliest character becomes likelier (0.5 → 0.66) and rare ones rarer
                        (0.2 → 0.105): the text gets safer and more repetitive. Above 1 it is the other
                        way round, and at very high temperatures every character is equally likely.""")
                .solutionCall("Exercises.temperatureProbability().solution()")
                .build());
    }

    // --- autoencoders ---

    /** The compression ratio of an autoencoder's bottleneck: inputs per code number. */
    public static Exercise autoencoderCompressionRatio() {
        return made("autoencoderCompressionRatio", () -> Exercise.builder("autoencoderCompressionRatio",
                        "The compression ratio of a bottleneck")
                .question("An autoencoder squeezes each 28×28 grayscale image (Fashion-MNIST) into a code of"
                        + " 32 numbers. What is its compression ratio: how many input values per code number?")
                .checker(Checker.number(784.0 / 32, 1e-6, Map.of(
                        28.0 / 32, "that uses one side of the image; the input is every pixel, 28 × 28 of them.",
                        32.0 / 784, "that is the code size over the input size, the inverse of the ratio.",
                        784.0 - 32, "that is how many numbers are dropped; the ratio divides instead.")))
                .hints("The ratio is (number of inputs) / (size of the code); the digits in the notebook had"
                                + " 64 / 16 = 4.",
                        "A 28×28 image has 28 · 28 = 784 pixel values.")
                .solution("""
                        double ratio = 28 * 28 / 32.0;   // 24.5
                        Each image's 784 pixels go through 32 numbers, a ratio of 24.5. Note 32.0 rather
                        than 32: in Java, 784 / 32 with two ints is 24. A larger ratio compresses more and
                        loses more detail, as the notebook's codes of 2 to 16 numbers showed.""")
                .solutionCall("Exercises.autoencoderCompressionRatio().solution()")
                .build());
    }

    /** Pick the highest anomaly threshold that still catches a target fraction of the anomalies. */
    public static Exercise anomalyThresholdForRecall() {
        return made("anomalyThresholdForRecall", () -> Exercise.builder("anomalyThresholdForRecall",
                        "A threshold for 80 % recall")
                .question("An autoencoder gives these reconstruction errors for 10 known anomalies: "
                        + Arrays.toString(ANOMALY_ERRORS) + ". Every example whose error is at or above the"
                        + " threshold is flagged. What is the highest threshold that flags at least 80 % of"
                        + " the anomalies (a recall of at least 0.8)? A higher threshold means fewer false"
                        + " alarms on normal examples.")
                .checker(Checker.number(0.025, 1e-9, Map.of(
                        0.019, "that flags 9 of the 10 (recall 0.9); 80 % is 8, and a higher threshold"
                                + " still catches 8 with fewer false alarms.",
                        0.012, "that flags all 10 anomalies, but also the most normal examples; 8 are enough.",
                        0.031, "that flags only 7 of the 10, a recall of 0.7.",
                        0.8, "that is the recall you want, not the threshold; the threshold is an error"
                                + " value.")))
                .hints("Sort the errors from highest to lowest: the threshold must be low enough to reach the"
                                + " 8th of them.",
                        "Sorted: 0.110, 0.075, 0.060, 0.052, 0.044, 0.036, 0.031, 0.025, 0.019, 0.012. With"
                                + " \"at or above\", the highest threshold that flags the first 8 is the 8th value.")
                .solution("""
                        double chosenThreshold = 0.025;
                        Sorted from highest, the anomalies' errors are 0.110, 0.075, 0.060, 0.052, 0.044,
                        0.036, 0.031, 0.025, ...: flagging errors ≥ 0.025 catches exactly 8 of 10. Any
                        higher threshold catches 7 or fewer. With the normal examples' errors as well,
                        Roc.of(anomalyErrors, normalErrors).thresholdForRecall(0.8) finds the same value,
                        and roc.precision(threshold) tells how many of the flags are real.""")
                .solutionCall("Exercises.anomalyThresholdForRecall().solution()")
                .build());
    }

    /** The KL term of a VAE for one latent dimension, and what it pulls towards. */
    public static Exercise vaeKlDivergence() {
        return made("vaeKlDivergence", () -> {
            double mu = 1.0;
            double sigma = 0.5;
            double kl = 0.5 * (mu * mu + sigma * sigma - 1 - Math.log(sigma * sigma));   // 0.8181
            return Exercise.builder("vaeKlDivergence", "The KL term of a VAE")
                    .question("A VAE's encoder maps an example to μ = 1.0 and σ = 0.5 in a one-dimensional"
                            + " latent space. Its loss adds KL = ½ (μ² + σ² − 1 − ln σ²), the KL divergence of"
                            + " N(μ, σ²) from the prior N(0, 1). How large is it? Answer to 4 decimals or better.")
                    .checker(Checker.number(kl, 1e-4, Map.of(
                            2 * kl, "that leaves out the factor ½ in front.",
                            0.5 * (mu * mu + sigma * sigma - 1 - Math.log(sigma)),
                                    "that uses ln σ; the formula has ln σ², which is 2 ln σ.",
                            0.5 * (mu * mu + sigma - 1 - Math.log(sigma * sigma)),
                                    "that uses σ where the formula has σ² = 0.25.",
                            0.5 * (sigma * sigma - 1 - Math.log(sigma * sigma)),
                                    "that leaves out μ² = 1: the cost of a mean away from 0.")))
                    .hints("σ² = 0.25 and ln 0.25 ≈ −1.3863 (Math.log(0.25)).",
                            "½ (1 + 0.25 − 1 + 1.3863) = ½ · 1.6363.")
                    .solution("""
                            double kl = 0.5 * (1.0 * 1.0 + 0.25 - 1 - Math.log(0.25));   // 0.8181
                            The term is 0 only at μ = 0, σ = 1, the prior itself. μ² grows as the mean moves
                            away from 0, and σ² − 1 − ln σ² grows as σ shrinks towards 0 (−ln σ² goes to
                            infinity) or grows above 1. So the KL term pulls every example's code towards the
                            origin and keeps its cloud from shrinking to a point: the clouds overlap, the
                            latent space has no gaps, and points drawn from N(0, 1) decode to plausible
                            examples. Without it a VAE would become a plain autoencoder.""")
                    .solutionCall("Exercises.vaeKlDivergence().solution()")
                    .build();
        });
    }

    private static final double[] ANOMALY_ERRORS =
            {0.044, 0.012, 0.075, 0.025, 0.110, 0.031, 0.060, 0.019, 0.052, 0.036};

    private static Exercise made(String id, Supplier<Exercise> make) {
        return MADE.computeIfAbsent(id, key -> make.get());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
