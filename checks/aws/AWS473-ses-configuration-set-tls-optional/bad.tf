resource "aws_ses_configuration_set" "transactional" { # expect: AWS473
  name = "transactional"
}

resource "aws_ses_configuration_set" "marketing" {
  name = "marketing"
  delivery_options {
    tls_policy = "Optional" # expect: AWS473
  }
}
