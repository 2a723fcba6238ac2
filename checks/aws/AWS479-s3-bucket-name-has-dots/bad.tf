resource "aws_s3_bucket" "site" {
  bucket = "www.example.com" # expect: AWS479
}

variable "env" {
  default = "prod"
}

resource "aws_s3_bucket" "logs" {
  bucket = "corp.logs.${var.env}" # expect: AWS479
}
