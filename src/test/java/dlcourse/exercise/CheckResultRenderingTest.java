package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dlcourse.notebook.JupyterExtension;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

class CheckResultRenderingTest {

    private final Renderer renderer = new Renderer();

    CheckResultRenderingTest() {
        JupyterExtension.registerRenderers(renderer);
    }

    @Test
    void aCheckShowsAsOneColouredLineAndAsText() {
        Exercise relu = Exercise.builder("relu", "ReLU").question("?")
                .checker(Checker.function(z -> Math.max(0, z), 0, -1, 1)).hints("max <b>").solution("s").build();
        DisplayData right = renderer.render(relu.check(z -> Math.max(0, z)));
        assertEquals("<div style=\"color:#1a7f37;font-family:sans-serif\"><b>✓ ReLU</b>: right at all 2 test"
                + " points.</div>", right.getData(MIMEType.TEXT_HTML));
        assertEquals("✓ ReLU: right at all 2 test points.", right.getData(MIMEType.TEXT_PLAIN));

        DisplayData wrong = renderer.render(relu.check(z -> z));
        assertEquals("<div style=\"color:#cf222e;font-family:sans-serif\"><b>✗ ReLU</b>: for input -1 your function"
                + " gives -1 but should give 0. <i>Hint 1 of 1: max &lt;b&gt; Still stuck? solution() on this"
                + " exercise shows an answer.</i></div>", wrong.getData(MIMEType.TEXT_HTML));

        DisplayData todo = renderer.render(relu.check(z -> Double.NaN));
        assertEquals(true, ((String) todo.getData(MIMEType.TEXT_HTML)).startsWith("<div style=\"color:#6e7781"));
    }
}
