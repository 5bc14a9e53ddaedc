package org.newskg.store;

import java.io.IOException;

/** Another process (a running {@code newskg serve} or {@code up}) holds the store: TDB2 lets one open it. */
public final class StoreInUseException extends IOException {
    StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
