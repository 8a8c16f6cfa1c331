package vn.quytrinh.org.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.quytrinh.org.security.ApiAuthenticationMechanism;

/**
 * {@code GET /dang-nhap}: the sign-in page of the web interface ({@code signin.xhtml}, a Faces
 * view), whose plain form posts {@code username}, {@code password} and {@code next} to the
 * mechanism; {@code loi=1} shows the refusal, {@code thoat=1} the sign-out. The page is only
 * forwarded to, so the address stays {@code /dang-nhap}.
 */
@WebServlet(urlPatterns = ApiAuthenticationMechanism.SIGN_IN)
public class SignInPages extends HttpServlet {

  static final String PAGE = "/signin.xhtml";

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    res.setHeader("Cache-Control", "no-store");
    req.getRequestDispatcher(PAGE).forward(req, res);
  }
}
