# Encryption by default is declared, but switched off: the volume is judged on its own.
resource "aws_ebs_encryption_by_default" "this" {
  enabled = false
}

resource "aws_ebs_volume" "data" { # expect: AWS005
  availability_zone = "eu-west-1a"
  size              = 100
}
