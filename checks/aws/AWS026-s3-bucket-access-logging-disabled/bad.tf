resource "aws_s3_bucket" "silent" { # expect: AWS026
  bucket = "corp-silent"
}
