resource "aws_ses_configuration_set" "transactional" {
  name = "transactional"
  delivery_options {
    tls_policy = "Require"
  }
}
