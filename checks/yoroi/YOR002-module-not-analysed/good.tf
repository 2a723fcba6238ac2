# No module call: everything here is analysed.
resource "aws_s3_bucket" "assets" {
  bucket = "corp-assets"
}
