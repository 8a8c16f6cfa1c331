package vn.quytrinh.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's CSP nonce, for the hidden {@code primefaces.nonce} field of a form whose postback
 * renders the page again. PrimeFaces checks that field against the nonce it keeps in the view map
 * and refuses a postback without it; its own script adds the field only on pages that load
 * PrimeFaces' scripts, which ours (plain Faces components) do not.
 */
@Named("csp")
@RequestScoped
public class CspNonce {

  public String getNonce() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }
}
