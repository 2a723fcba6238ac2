resource "aws_s3_bucket" "data" { # expect: AWS299
  bucket = "corp-data"
}
