package vn.quytrinh.operations.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.quytrinh.operations.BackupService;
import vn.quytrinh.platform.security.CurrentCaller;

@Path("/admin/backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

  private BackupService backups;
  private CurrentCaller caller;

  @Inject
  public BackupResource(BackupService backups, CurrentCaller caller) {
    this.backups = backups;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected BackupResource() {}

  /** Writes a backup of the embedded database now: 201 with the file's name and size (ADMIN). */
  @POST
  public Response backup() {
    return Response.status(Response.Status.CREATED).entity(backups.backup(caller.get())).build();
  }
}
