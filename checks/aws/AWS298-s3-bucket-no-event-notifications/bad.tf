resource "aws_s3_bucket" "data" { # expect: AWS298
  bucket = "corp-data"
}
