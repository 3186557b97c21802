package dlcourse.saving;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/**
 * Stands for the code an attacker hides in a serialized object: deserializing it runs
 * {@link #readObject}, which here only raises a flag the tests can check.
 */
public final class SerializedTrap implements Serializable {

    private static final long serialVersionUID = 1L;

    static volatile boolean triggered;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        triggered = true;
    }
}
