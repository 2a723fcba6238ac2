resource "aws_emr_security_configuration" "main" {
  name = "main"
  configuration = jsonencode({ # expect: AWS231
    EncryptionConfiguration = {
      EnableAtRestEncryption    = false
      EnableInTransitEncryption = false
    }
  })
}
