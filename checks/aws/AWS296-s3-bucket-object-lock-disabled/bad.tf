resource "aws_s3_bucket" "data" { # expect: AWS296
  bucket = "corp-data"
}
