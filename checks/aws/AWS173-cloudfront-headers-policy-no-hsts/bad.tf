resource "aws_cloudfront_response_headers_policy" "site" { # expect: AWS173
  name = "site"
  security_headers_config {
    content_type_options {
      override = true
    }
  }
}
