package be.smartcredit.hub.document;

import java.util.Arrays;
import org.apache.fop.configuration.Configuration;
import org.apache.fop.configuration.ConfigurationException;

/**
 * FOP's configuration, read by one thread at a time.
 *
 * <p>FOP 2.11 keeps its configuration as a DOM tree and reads it again for every rendering (the PDF renderer
 * and its fonts, the SVG handler). A DOM gives no guarantee for concurrent readers, and the JDK's indeed fails
 * under load (a {@code null} where an attribute is), so every read of the shared tree goes through one lock.
 * The reads are few and short next to laying out a letter.
 */
final class ThreadSafeConfiguration implements Configuration {

    private final Configuration delegate;
    private final Object lock;

    private ThreadSafeConfiguration(Configuration delegate, Object lock) {
        this.delegate = delegate;
        this.lock = lock;
    }

    static Configuration of(Configuration configuration) {
        return new ThreadSafeConfiguration(configuration, new Object());
    }

    private Configuration wrap(Configuration child) {
        return child == null ? null : new ThreadSafeConfiguration(child, lock);
    }

    @Override
    public Configuration getChild(String name) {
        synchronized (lock) {
            return wrap(delegate.getChild(name));
        }
    }

    @Override
    public Configuration getChild(String name, boolean createNew) {
        synchronized (lock) {
            return wrap(delegate.getChild(name, createNew));
        }
    }

    @Override
    public Configuration[] getChildren(String name) {
        synchronized (lock) {
            return Arrays.stream(delegate.getChildren(name)).map(this::wrap).toArray(Configuration[]::new);
        }
    }

    @Override
    public String[] getAttributeNames() {
        synchronized (lock) {
            return delegate.getAttributeNames();
        }
    }

    @Override
    public String getAttribute(String name) throws ConfigurationException {
        synchronized (lock) {
            return delegate.getAttribute(name);
        }
    }

    @Override
    public String getAttribute(String name, String defaultValue) {
        synchronized (lock) {
            return delegate.getAttribute(name, defaultValue);
        }
    }

    @Override
    public boolean getAttributeAsBoolean(String name, boolean defaultValue) {
        synchronized (lock) {
            return delegate.getAttributeAsBoolean(name, defaultValue);
        }
    }

    @Override
    public float getAttributeAsFloat(String name) throws ConfigurationException {
        synchronized (lock) {
            return delegate.getAttributeAsFloat(name);
        }
    }

    @Override
    public float getAttributeAsFloat(String name, float defaultValue) {
        synchronized (lock) {
            return delegate.getAttributeAsFloat(name, defaultValue);
        }
    }

    @Override
    public int getAttributeAsInteger(String name, int defaultValue) {
        synchronized (lock) {
            return delegate.getAttributeAsInteger(name, defaultValue);
        }
    }

    @Override
    public String getValue() throws ConfigurationException {
        synchronized (lock) {
            return delegate.getValue();
        }
    }

    @Override
    public String getValue(String defaultValue) {
        synchronized (lock) {
            return delegate.getValue(defaultValue);
        }
    }

    @Override
    public boolean getValueAsBoolean() throws ConfigurationException {
        synchronized (lock) {
            return delegate.getValueAsBoolean();
        }
    }

    @Override
    public boolean getValueAsBoolean(boolean defaultValue) {
        synchronized (lock) {
            return delegate.getValueAsBoolean(defaultValue);
        }
    }

    @Override
    public int getValueAsInteger() throws ConfigurationException {
        synchronized (lock) {
            return delegate.getValueAsInteger();
        }
    }

    @Override
    public int getValueAsInteger(int defaultValue) {
        synchronized (lock) {
            return delegate.getValueAsInteger(defaultValue);
        }
    }

    @Override
    public float getValueAsFloat() throws ConfigurationException {
        synchronized (lock) {
            return delegate.getValueAsFloat();
        }
    }

    @Override
    public float getValueAsFloat(float defaultValue) {
        synchronized (lock) {
            return delegate.getValueAsFloat(defaultValue);
        }
    }

    @Override
    public String getLocation() {
        synchronized (lock) {
            return delegate.getLocation();
        }
    }
}
