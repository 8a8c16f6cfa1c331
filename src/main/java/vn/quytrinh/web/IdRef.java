package vn.quytrinh.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The record a view-scoped page works on, from its address ({@code ?id=}): a flag, a legal
 * document. The target of the page's view parameter, for the reasons given on {@link VersionRef}.
 */
@Named
@RequestScoped
public class IdRef {

  private Long id;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
