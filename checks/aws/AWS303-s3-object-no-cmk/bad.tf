resource "aws_s3_object" "config" { # expect: AWS303
  bucket  = "corp-data"
  key     = "config.json"
  content = "{}"
}
