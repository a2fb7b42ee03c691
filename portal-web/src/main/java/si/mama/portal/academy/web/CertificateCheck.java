package si.mama.portal.academy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.academy.boundary.CertificateView;
import si.mama.portal.academy.boundary.Certificates;

/** The public check of a certificate code ({@code /public/certificates/{code}}). */
@Named
@RequestScoped
public class CertificateCheck {

    @Inject
    Certificates certificates;

    private String code;
    private CertificateView certificate;

    public void load() {
        certificate = certificates.verify(code).orElse(null);
    }

    public CertificateView getCertificate() {
        return certificate;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
