package be.smartcredit.hub.payment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An agent's request that would leave the books wrong, such as allocating more than a payment has left. */
@ResponseStatus(HttpStatus.CONFLICT)
public class PaymentRefusedException extends RuntimeException {

    public PaymentRefusedException(String message) {
        super(message);
    }
}
