resource "aws_emr_security_configuration" "main" {
  name = "main"
  configuration = jsonencode({ # expect: AWS232
    EncryptionConfiguration = {
      EnableAtRestEncryption    = false
      EnableInTransitEncryption = false
    }
  })
}
