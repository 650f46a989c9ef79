console.log("serve test");
