resource "aws_kms_key" "data" { # expect: AWS255
  description         = "data"
  enable_key_rotation = true
}
