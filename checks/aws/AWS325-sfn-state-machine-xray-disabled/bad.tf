resource "aws_sfn_state_machine" "orders" { # expect: AWS325
  name       = "orders"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
}
